package nl.wijkwijzer.personal;

/** A suspected value in one text: its kind and its {@code [start, end)} char range. Never holds the text. */
public record Finding(Soort soort, int start, int end) {
}
