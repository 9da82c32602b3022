@testable import KioskGrid
import Testing

/// What the terminal is asked to write between two frames, without a terminal.
@Suite struct GridDiffTests {
    func grid(_ rows: [String], width: Int = 6) -> Grid {
        var grid = Grid(Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y, role: .plain) }
        return grid
    }

    @Test func theFirstFrameClearsAndWritesEveryCell() {
        let next = grid(["ab", "cd"], width: 3)
        let diff = GridDiff.between(nil, next)
        #expect(diff.clear)
        #expect(diff.cells.count == 6)
        #expect(diff.cells.map { "\($0.x),\($0.y)" } == ["0,0", "1,0", "2,0", "0,1", "1,1", "2,1"])
    }

    @Test func theSameFrameWritesNothing() {
        let shown = grid(["hello", "world"])
        #expect(GridDiff.between(shown, shown) == GridDiff(clear: false, cells: []))
    }

    @Test func oneChangedCellIsOneWrite() {
        let shown = grid(["hello", "world"])
        var next = shown
        next.put("W", x: 0, y: 1, role: .plain)
        #expect(GridDiff.between(shown, next).cells == [GridDiff.Change(x: 0, y: 1, cell: Cell("W", .plain))])
        var restyled = shown
        restyled.restyle(Rect(x: 4, y: 0, width: 1, height: 1), role: .selected)
        // Within a row, the cell to the left is written again too: it could be a wide grapheme covering this one.
        #expect(GridDiff.between(shown, restyled).cells == [GridDiff.Change(x: 3, y: 0, cell: Cell("l", .plain)),
                                                            GridDiff.Change(x: 4, y: 0, cell: Cell("o", .selected))])
    }

    @Test func aWideGraphemeIsWrittenFromItsFirstCellAndNeverItsContinuation() {
        let shown = grid(["abcd"])
        var next = shown
        next.put("中", x: 1, y: 0, role: .plain)
        let diff = GridDiff.between(shown, next)
        // Cell 1 holds the grapheme, cell 2 its continuation: only cell 1 is written (and cell 0, whose right
        // neighbour changed).
        #expect(diff.cells.map(\.x) == [0, 1])
        #expect(diff.cells.last?.cell.text == "中")
    }

    @Test func narrowGraphemesReplacingAWideOneAreAllWritten() {
        let shown = grid(["a中d"])
        var next = shown
        next.put("xy", x: 1, y: 0, role: .plain)
        let diff = GridDiff.between(shown, next)
        #expect(diff.cells.map(\.cell.text) == ["a", "x", "y"], "the second half is written too: it was a continuation")
    }

    @Test func aNewSizeClearsAndWritesEverything() {
        let shown = grid(["abc"], width: 3)
        let next = grid(["abc", "def"], width: 3)
        let diff = GridDiff.between(shown, next)
        #expect(diff.clear)
        #expect(diff.cells.count == 6)
    }
}
