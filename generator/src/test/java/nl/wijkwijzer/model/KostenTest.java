package nl.wijkwijzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KostenTest {
    @ParameterizedTest
    @CsvSource({"100,week,1,5200", "1000,maand,1,12000", "2500,kwartaal,1,10000", "3000,jaar,1,3000",
            "800,eenmalig,1,0", "500,keer,12,6000", "62.50,week,1,3250.00"})
    void everyPerIsNormalisedToAYear(String bedrag, String per, int aantal, String jaar) {
        assertEquals(new BigDecimal(jaar), new Kosten.Post("x", new BigDecimal(bedrag), per, aantal).perJaar());
    }

    @Test
    void janCaseSavesTheDifference() {
        Kosten k = new Kosten(
                List.of(new Kosten.Post("Detentie", new BigDecimal("50000"), "jaar", 1),
                        new Kosten.Post("Overleg", new BigDecimal("500"), "keer", 12)),
                List.of(new Kosten.Post("NS-jaarkaart", new BigDecimal("3000"), "jaar", 1)));
        assertEquals(new BigDecimal("56000"), k.standaardPerJaar());
        assertEquals(new BigDecimal("53000"), k.besparingPerJaar());
    }

    @Test
    void oneOffPostsStayOutOfTheYearlyFigures() {
        Kosten k = new Kosten(List.of(new Kosten.Post("Opvang", new BigDecimal("100"), "week", 1, "gemeente"),
                new Kosten.Post("Ontruiming", new BigDecimal("4000"), "eenmalig", 1, "woningcorporatie")),
                List.of(new Kosten.Post("Inrichting", new BigDecimal("1500"), "eenmalig", 1, "gemeente")));
        assertEquals(new BigDecimal("5200"), k.standaardPerJaar());
        assertEquals(new BigDecimal("0"), k.maatwerkPerJaar());
        assertEquals(new BigDecimal("4000"), k.standaardEenmalig());
        assertEquals(new BigDecimal("1500"), k.maatwerkEenmalig());
        assertEquals(Kosten.ONBEKEND, new Kosten.Post("x", BigDecimal.ONE, "jaar", 1).betaler());
    }
}
