package com.salondesk.app.till;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DayClose;
import com.salondesk.app.port.TillSummary;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.payment.Tender;
import java.util.ArrayList;
import java.util.List;

/** The day-close report as lines of words and figures, the same on screen and on paper. */
final class ReportLines {

    private ReportLines() {
    }

    static List<TillViewModel.ReportLine> of(DayClose day) {
        List<TillViewModel.ReportLine> lines = new ArrayList<>();
        for (Tender tender : Tender.values()) {
            lines.add(line(Texts.get("till.report.taken", tenderWord(tender)), Prices.say(day.taken().get(tender))));
        }
        for (Tender tender : Tender.values()) {
            lines.add(line(Texts.get("till.report.refunded", tenderWord(tender)),
                    Prices.say(day.refunded().get(tender))));
        }
        lines.add(line(Texts.get("till.report.net"), Prices.say(day.net())));
        lines.add(line(Texts.get("till.report.checkouts"), Long.toString(day.checkouts())));
        lines.add(line(Texts.get("till.report.checkoutTotal"), Prices.say(day.checkoutTotal())));
        lines.add(line(Texts.get("till.report.tax"), Prices.say(day.tax())));
        lines.add(line(Texts.get("till.report.tips"), Prices.say(day.tips())));
        lines.add(line(Texts.get("till.report.vouchersSold"), Prices.say(day.vouchersSold())));
        lines.add(line(Texts.get("till.report.vouchersRedeemed"), Prices.say(day.vouchersRedeemed())));
        lines.add(line(Texts.get("till.report.deposits"), Prices.say(day.deposits())));
        lines.add(line(Texts.get("till.report.depositsRefunded"), Prices.say(day.depositsRefunded())));
        for (TillSummary till : day.tills()) {
            String name = Texts.get("till.report.till", till.deviceId());
            lines.add(line(name + " · " + Texts.get("till.report.expected"), Prices.say(till.expected())));
            lines.add(line(name + " · " + Texts.get("till.report.counted"),
                    till.counted() == null ? Texts.get("till.report.stillOpen") : Prices.say(till.counted())));
            lines.add(line(name + " · " + Texts.get("till.report.difference"),
                    till.difference() == null ? "" : TillViewModel.signed(till.difference())));
        }
        if (day.tills().isEmpty()) {
            lines.add(line(Texts.get("till.report.noTills"), ""));
        }
        return lines;
    }

    private static TillViewModel.ReportLine line(String label, String value) {
        return new TillViewModel.ReportLine(label, value);
    }

    private static String tenderWord(Tender tender) {
        return Texts.get("till.tender." + tender.name());
    }
}
