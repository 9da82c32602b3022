import KioskGrid
import KioskQR

/// A QR code drawn two modules a character row (a character cell is about twice as high as wide, so the
/// modules come out square), with the four light modules of quiet zone on every side that a phone needs to
/// find the code, dark on light whatever the theme.
///
/// Each cell's upper module is its background colour (`.qrCode` light, `.qrCodeDark` dark) and its lower
/// module, where it differs, the lower half block `▄` in the other colour. Only the background and the lower
/// half are used because fonts draw the full and upper blocks (`█`, `▀`) a pixel short of the cell's top:
/// in DejaVu Sans Mono under xterm that leaves a light line across every row of dark modules, which zbar
/// cannot read through. A cell's background always fills it.
extension QRCode {
    /// The cells the code takes, quiet zone included.
    var cells: Size { Size(width: sizeWithQuietZone, height: (sizeWithQuietZone + 1) / 2) }

    /// Cell row `row`, column by column: the character (a space or `▄`) and its role.
    func cellRow(_ row: Int) -> [(text: String, role: Role)] {
        let zone = Self.quietZone
        return (0 ..< sizeWithQuietZone).map { column in
            let top = isDark(x: column - zone, y: 2 * row - zone)
            let bottom = isDark(x: column - zone, y: 2 * row + 1 - zone)
            return (top == bottom ? " " : "▄", top ? .qrCodeDark : .qrCode)
        }
    }
}

extension Canvas {
    /// Draws `code` with its top left corner (of the quiet zone) at `x`, `y`.
    mutating func qrCode(_ code: QRCode, x: Int, y: Int) {
        for row in 0 ..< code.cells.height {
            for (column, cell) in code.cellRow(row).enumerated() {
                grid.put(cell.text, x: x + column, y: y + row, role: cell.role)
            }
        }
    }
}
