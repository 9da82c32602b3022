/// A rectangle of cells; `x`, `y` 0-based from the top left.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rows `from..<from+count` of this rectangle, clipped to it.
    public func rows(_ from: Int, _ count: Int) -> Rect {
        let top = min(max(0, from), height)
        return Rect(x: x, y: y + top, width: width, height: min(count, height - top))
    }

    /// This rectangle without its first `count` rows.
    public func dropping(top count: Int) -> Rect { rows(count, height - count) }

    /// This rectangle without its last `count` rows.
    public func dropping(bottom count: Int) -> Rect { rows(0, height - count) }

    public func inset(x dx: Int, y dy: Int = 0) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The left `count` columns.
    public func left(_ count: Int) -> Rect { Rect(x: x, y: y, width: min(count, width), height: height) }

    /// The right `count` columns.
    public func right(_ count: Int) -> Rect {
        let w = min(count, width)
        return Rect(x: maxX - w, y: y, width: w, height: height)
    }
}

/// The terminal's size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
