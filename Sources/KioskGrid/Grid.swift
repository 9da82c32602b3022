/// A screenful of cells that views draw into and the terminal copies out. Drawing clips to the grid, so a view
/// may draw without checking bounds.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(_ size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` on one line from (x, y), at most `limit` cells wide; returns the cells used.
    /// A wide grapheme that would not fit is left out rather than cut; characters that must never reach a
    /// terminal (controls, bidi overrides) are shown as `�`.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, role: Role, limit: Int = .max) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let end = limit >= size.width ? size.width : min(size.width, x + max(0, limit))
        var column = x
        // Catalog text: every scalar a displayable character of one cell, put without grapheme rules.
        if text.utf8.withContiguousStorageIfAvailable(DisplayWidth.isOneCellText) == true {
            for scalar in text.unicodeScalars {
                if column + 1 > end { break }
                if column >= 0 { set(column, y, Cell(String(scalar), role)) }
                column += 1
            }
            return column - x
        }
        for character in text {
            let safe = Self.displayable(character)
            let width = DisplayWidth.of(safe)
            if width == 0 { continue }
            if column + width > end { break }
            if column >= 0 {
                set(column, y, Cell(String(safe), role))
                if width == 2 { set(column + 1, y, Cell("", role)) }
            }
            column += width
        }
        return column - x
    }

    /// Fills a rectangle with spaces of a role.
    public mutating func fill(_ rect: Rect, role: Role) {
        let (columns, rows) = clipped(rect)
        for y in rows {
            for x in columns { set(x, y, Cell(" ", role)) }
        }
    }

    /// Gives cells already drawn a new role (to highlight words after writing a line).
    public mutating func restyle(_ rect: Rect, role: Role) {
        let (columns, rows) = clipped(rect)
        for y in rows {
            for x in columns { cells[y * size.width + x].role = role }
        }
    }

    /// A box drawn with light lines around `rect`.
    public mutating func box(_ rect: Rect, role: Role) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = String(repeating: "─", count: rect.width - 2)
        put("┌" + inner + "┐", x: rect.x, y: rect.y, role: role)
        put("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, role: role)
        for y in rect.y + 1 ..< rect.maxY - 1 {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: rect.maxX - 1, y: y, role: role)
        }
    }

    /// The text of each row, trailing spaces removed: what golden files and end-to-end tests compare.
    public var lines: [String] {
        (0 ..< size.height).map { y in
            var line = ""
            for x in 0 ..< size.width { line += cells[y * size.width + x].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width else { return }
        let index = y * size.width + x
        // Overwriting half of a wide grapheme blanks its other half, so no stray half is ever drawn.
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(" ", cells[index - 1].role) }
        if DisplayWidth.of(Character(cells[index].text.isEmpty ? " " : cells[index].text)) == 2,
           x + 1 < size.width, cell.text.isEmpty == false, DisplayWidth.of(Character(cell.text)) == 1
        {
            cells[index + 1] = Cell(" ", cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The columns and rows of `rect` that lie on the grid (empty ranges when none do).
    private func clipped(_ rect: Rect) -> (columns: Range<Int>, rows: Range<Int>) {
        let left = max(0, rect.x), right = max(left, min(size.width, rect.maxX))
        let top = max(0, rect.y), bottom = max(top, min(size.height, rect.maxY))
        return (left ..< right, top ..< bottom)
    }

    /// A cell holds no control character of any kind (C0 with tab and newline, DEL, C1 with the single-scalar
    /// CSI) and no bidirectional override: each could move the cursor or reorder what the terminal shows.
    private static func displayable(_ character: Character) -> Character {
        for scalar in character.unicodeScalars {
            switch scalar.value {
            case 0x00 ... 0x1F, 0x7F ... 0x9F, 0x202A ... 0x202E, 0x2066 ... 0x2069: return "\u{FFFD}"
            default: continue
            }
        }
        return character
    }
}
