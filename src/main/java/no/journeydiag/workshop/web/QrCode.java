package no.journeydiag.workshop.web;

import io.nayuki.qrcodegen.QrCode.Ecc;

/**
 * A QR code as SVG geometry: {@code path} draws every dark module as a 1×1 square in a
 * {@code size}×{@code size} viewBox (4 modules of quiet zone included), so it scales to any
 * projector without blurring. Only URLs we build go in.
 */
public record QrCode(int size, String path) {

    static final int QUIET = 4;

    public static QrCode of(String text) {
        io.nayuki.qrcodegen.QrCode qr = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    d.append('M')
                            .append(x + QUIET)
                            .append(',')
                            .append(y + QUIET)
                            .append("h1v1h-1z");
                }
            }
        }
        return new QrCode(qr.size + 2 * QUIET, d.toString());
    }
}
