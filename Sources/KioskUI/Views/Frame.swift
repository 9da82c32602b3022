/// A rendered screen: the cells to draw and the regions a touch can hit.
public struct Frame: Equatable, Sendable {
    public var grid: Grid
    public var taps: [TapRegion]

    /// Where `text` first shows on screen (its first cell), reading rows top to bottom.
    public func position(of text: String) -> (x: Int, y: Int)? {
        for y in 0 ..< grid.size.height {
            var line = ""
            var columns: [Int] = []
            for x in 0 ..< grid.size.width where !grid[x, y].isContinuation {
                for _ in grid[x, y].text { columns.append(x) }
                line += grid[x, y].text
            }
            if let range = line.range(of: text) {
                return (columns[line.distance(from: line.startIndex, to: range.lowerBound)], y)
            }
        }
        return nil
    }

    /// The action under a touch: the last region drawn there wins, as it is the one on top.
    public func action(atX x: Int, y: Int) -> Action? {
        taps.last { $0.rect.contains(x: x, y: y) }?.action
    }
}

/// A part of the screen that does something when touched.
public struct TapRegion: Equatable, Sendable {
    public var rect: Rect
    public var action: Action
}

/// What views draw on: the grid plus the tap regions, with the common widgets.
struct Canvas {
    var grid: Grid
    var taps: [TapRegion] = []

    init(_ size: Size) {
        grid = Grid(size)
    }

    var frame: Frame { Frame(grid: grid, taps: taps) }

    mutating func tap(_ rect: Rect, _ action: Action) {
        if !rect.isEmpty { taps.append(TapRegion(rect: rect, action: action)) }
    }

    /// A button: boxed when 3 rows high, a solid bar when 1. The label is centred and cut at a word.
    mutating func button(_ rect: Rect, _ label: String, role: Role, action: Action) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: role)
        if rect.height >= 3 { grid.box(rect, role: role) }
        let inner = rect.height >= 3 ? rect.inset(x: 2) : rect.inset(x: 1)
        let text = TextWrap.truncated(label, width: inner.width)
        let x = inner.x + max(0, (inner.width - DisplayWidth.of(text)) / 2)
        grid.put(text, x: x, y: rect.y + rect.height / 2, role: role, limit: inner.width)
        tap(rect, action)
    }

    /// Text wrapped into a rectangle, each line from the left or centred; returns the rows used.
    @discardableResult
    mutating func paragraph(_ text: String, in rect: Rect, role: Role, centred: Bool = false) -> Int {
        let lines = TextWrap.lines(text, width: rect.width).prefix(rect.height)
        for (row, line) in lines.enumerated() {
            let x = centred ? rect.x + max(0, (rect.width - DisplayWidth.of(line)) / 2) : rect.x
            grid.put(line, x: x, y: rect.y + row, role: role, limit: rect.width)
        }
        return lines.count
    }

    /// Paragraphs one under the other in a rectangle, `gap` rows between them, as many as fit; returns the row
    /// under the last.
    @discardableResult
    mutating func paragraphs(_ texts: [(text: String, role: Role)], in rect: Rect, gap: Int = 0,
                             centred: Bool = false) -> Int {
        var y = rect.y
        for (text, role) in texts where y < rect.maxY {
            y += paragraph(text, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), role: role,
                           centred: centred) + gap
        }
        return y
    }
}
