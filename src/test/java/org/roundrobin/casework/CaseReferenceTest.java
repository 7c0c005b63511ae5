package org.roundrobin.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.casework.CaseReference.Format;
import org.roundrobin.law.Regulator;

/** The regulators' reference formats (domain.md). */
class CaseReferenceTest {

    static Format format(String text) {
        return CaseReference.parse(text).map(CaseReference::format).orElse(null);
    }

    @Test
    void theIcosFormatsAreRead() {
        assertEquals(Format.ICO_FOIA, format("FS50739797"));
        assertEquals(Format.ICO_EIR, format("FER0712345"));
        assertEquals(Format.ICO_CASE, format("IC-177886-B5H5"));
        assertEquals("IC-177886-B5H5", CaseReference.parse(" ic-177886-b5h5 ").orElseThrow().text());
        assertEquals(Regulator.ICO, CaseReference.parse("FS50739797").orElseThrow().regulator());
    }

    @Test
    void theScottishCommissionersCaseAndDecisionNumbersAreRead() {
        assertEquals(Format.SIC_CASE, format("202401665"));
        assertEquals(Format.SIC_DECISION, format("045/2018"));
        assertEquals(Regulator.SCOTTISH_INFORMATION_COMMISSIONER, CaseReference.parse("045/2018").orElseThrow().regulator());
    }

    @Test
    void anythingElseIsNotAReference() {
        for (String bad : List.of("FS5073979", "FS507397970", "FS60739797", "FER712345", "IC-177886-B5H", "IC-177886-B5H55",
                "IC-B5H5", "20240166", "2024016650", "45/2018", "045/18", "", "FS50 739797")) {
            assertEquals(null, format(bad), bad);
        }
        assertEquals(null, format(null));
        assertTrue(CaseReference.allFormats().contains("FS50739797"));
    }
}
