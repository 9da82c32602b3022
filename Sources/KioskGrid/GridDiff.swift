/// What must be written to a terminal showing `shown` so that it shows `next`: the pure half of drawing, so
/// that it is tested without a terminal (the terminal module only writes what this returns).
public struct GridDiff: Equatable, Sendable {
    /// Clear the screen first: the first frame, or a new size.
    public var clear: Bool
    /// The cells to write, row by row, left to right; continuation cells are never written (their wide
    /// grapheme covers them).
    public var cells: [Change]

    public struct Change: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var cell: Cell

        public init(x: Int, y: Int, cell: Cell) {
            self.x = x
            self.y = y
            self.cell = cell
        }
    }

    public init(clear: Bool, cells: [Change]) {
        self.clear = clear
        self.cells = cells
    }

    /// The changes from `shown` (nil: nothing known of the screen) to `next`. A cell is written again when the
    /// cell to its right changed too, since a wide grapheme there may have been replaced by narrow ones (or
    /// the other way), and terminals redraw both halves from the grapheme's cell.
    public static func between(_ shown: Grid?, _ next: Grid) -> GridDiff {
        let full = shown?.size != next.size
        let width = next.size.width
        var cells: [Change] = []
        for y in 0 ..< next.size.height {
            for x in 0 ..< width {
                let cell = next[x, y]
                if cell.isContinuation { continue }
                if !full, let shown, shown[x, y] == cell, x + 1 >= width || shown[x + 1, y] == next[x + 1, y] {
                    continue
                }
                cells.append(Change(x: x, y: y, cell: cell))
            }
        }
        return GridDiff(clear: full, cells: cells)
    }
}
