package nl.wijkwijzer.model;

import java.time.LocalDate;

/** Upkeep of a guide: who owns it, when it was last reviewed, how often it must be reviewed. */
public record Beheer(String eigenaar, LocalDate gecontroleerd, int herzienElkeMaanden) {
    public LocalDate volgendeControle() {
        return gecontroleerd.plusMonths(herzienElkeMaanden);
    }

    public boolean verlopen(LocalDate today) {
        return volgendeControle().isBefore(today);
    }
}
