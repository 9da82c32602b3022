import KioskGrid
import KioskQR

/// A QR code as the terminal draws it, with the four light modules of quiet zone on every side that a phone
/// needs to find the code, dark on light whatever the theme. Two ways, both with square modules on a cell about
/// twice as high as wide:
///
/// - two modules a character row (`halfBlocks`): each cell's upper module is its background colour (`.qrCode`
///   light, `.qrCodeDark` dark) and its lower module, where it differs, the lower half block `▄` in the other
///   colour. Only the background and the lower half are used because fonts draw the full and upper blocks
///   (`█`, `▀`) a pixel short of the cell's top: in DejaVu Sans Mono under xterm that leaves a light line across
///   every row of dark modules, which zbar cannot read through. A cell's background always fills it.
/// - one module two cells wide and one row high, in background colour only (the Linux console, whose font has
///   no half blocks: its 8x16 cells make 16x16 modules). Four times the cells: it fits the whole screen of a
///   console only.
struct QRPicture: Equatable {
    let code: QRCode
    let halfBlocks: Bool

    /// The cells the code takes, quiet zone included.
    var cells: Size {
        let side = code.sizeWithQuietZone
        return halfBlocks ? Size(width: side, height: (side + 1) / 2) : Size(width: 2 * side, height: side)
    }

    /// Cell row `row`, column by column: the character (a space or `▄`) and its role.
    func cellRow(_ row: Int) -> [(text: String, role: Role)] {
        let zone = QRCode.quietZone
        guard halfBlocks else {
            return (0 ..< 2 * code.sizeWithQuietZone).map { column in
                (" ", code.isDark(x: column / 2 - zone, y: row - zone) ? .qrCodeDark : .qrCode)
            }
        }
        return (0 ..< code.sizeWithQuietZone).map { column in
            let top = code.isDark(x: column - zone, y: 2 * row - zone)
            let bottom = code.isDark(x: column - zone, y: 2 * row + 1 - zone)
            return (top == bottom ? " " : "▄", top ? .qrCodeDark : .qrCode)
        }
    }
}

extension Canvas {
    /// Draws `picture` with its top left corner (of the quiet zone) at `x`, `y`.
    mutating func qrCode(_ picture: QRPicture, x: Int, y: Int) {
        for row in 0 ..< picture.cells.height {
            for (column, cell) in picture.cellRow(row).enumerated() {
                grid.put(cell.text, x: x + column, y: y + row, role: cell.role)
            }
        }
    }
}
