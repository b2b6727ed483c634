package vn.thidua.ui.print;

/**
 * The printable area of a sheet, in points (1/72 inch), as JavaFX printing measures it.
 * Without a printer the preview uses {@link #A4_LANDSCAPE}: A4 turned sideways, 1/2 inch margins.
 */
public record PageFormat(double width, double height) {

    public static final PageFormat A4_LANDSCAPE = new PageFormat(841.89 - 72, 595.28 - 72);

    public PageFormat {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("printable area must not be empty: " + width + " x " + height);
        }
    }
}
