import KioskGrid

/// A display for the run loop without a terminal, as ratatui's TestBackend: input queued by the test and
/// handed out as a terminal would (a burst is what is queued before the next `idle`), every grid drawn kept.
/// Nothing waits on the wall clock: `next` returns at once, whatever its timeout.
public final class ScriptedDisplay: KioskDisplay, @unchecked Sendable {
    public var size: Size
    private var queue: [TerminalInput] = []
    /// Every grid drawn, oldest first.
    public private(set) var drawn: [Grid] = []

    public init(size: Size = Size(width: 100, height: 30)) {
        self.size = size
    }

    /// Keys to read, in one burst.
    public func press(_ keys: [Key]) {
        queue += keys.map { .event(.key($0)) }
        queue.append(.idle)
    }

    /// Text typed, in one burst (`\r` is Enter).
    public func type(_ text: String) {
        press(text.map { $0 == "\r" ? .enter : .character($0) })
    }

    /// A touch at a cell.
    public func tap(x: Int, y: Int) {
        queue += [.event(.click(x: x, y: y)), .idle]
    }

    /// Events that arrive together, with no pause: a paste or a scanner.
    public func burst(_ events: [TerminalEvent]) {
        queue += events.map { .event($0) }
        queue.append(.idle)
    }

    /// The terminal goes away after what is queued.
    public func hangUp() {
        queue.append(.hangup)
    }

    /// How many inputs are still queued (the pauses between bursts too).
    public var queued: Int { queue.count }

    /// The text of the last grid drawn.
    public var shown: String { drawn.last?.text ?? "" }

    public func next(timeout milliseconds: Int32) -> TerminalInput {
        queue.isEmpty ? .idle : queue.removeFirst()
    }

    public func draw(_ grid: Grid) {
        drawn.append(grid)
    }
}
