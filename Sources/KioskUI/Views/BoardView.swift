import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets

/// The hall's display board (`kiosk board`): the number each counter serves (★ priority, ◷ booked; on the
/// console the marks its font has), the one
/// called last large and highlighted, how many wait in each queue and how long a number taken now may wait
/// there; both languages at once, for everyone in the hall.
public struct BoardView {
    public var centerName: LocalizedText
    /// The center's queues, for every counter to have its place on the board before it first calls.
    public var lines: [QueueLine]
    public var timeZone: TimeZone
    public var glyphs: Glyphs

    public init(centerName: LocalizedText, lines: [QueueLine], timeZone: TimeZone, glyphs: Glyphs = .full) {
        self.centerName = centerName
        self.lines = lines
        self.timeZone = timeZone
        self.glyphs = glyphs
    }

    /// `board` nil: the store has not answered yet; `away`: it stopped answering (the last board stays).
    public func render(_ board: QueueBoard?, away: Bool, size: Size, now: Date) -> Grid {
        var grid = Grid(size)
        guard size.width >= 30, size.height >= 8 else {
            grid.put("≥ 30×8", x: 0, y: 0, role: .notice)
            return grid
        }
        header(&grid, size, now)
        grid.put(Self.both(QueueUIText.boardTitle), x: 1, y: 2, role: .title, limit: size.width - 2)
        let legend = "\(mark(.priority)) \(Self.both(QueueUIText.boardPriority))   \(mark(.booked)) \(Self.both(QueueUIText.boardBooked))"
        let titleWidth = DisplayWidth.of(Self.both(QueueUIText.boardTitle))
        if titleWidth + DisplayWidth.of(legend) + 5 <= size.width {
            grid.put(legend, x: size.width - DisplayWidth.of(legend) - 1, y: 2, role: .muted)
        }
        var y = 4
        if let latest = board?.latest {
            y = banner(latest, &grid, size, y: y)
        } else if board != nil {
            grid.put(Self.both(QueueUIText.boardNobody), x: 1, y: y, role: .muted, limit: size.width - 2)
            y += 2
        }
        table(board, &grid, size, y: y)
        footer(board, away: away, &grid, size)
        return grid
    }

    private func header(_ grid: inout Grid, _ size: Size, _ now: Date) {
        grid.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .header)
        let clock = ClockText.text(now, timeZone, .vi, short: true)
        grid.put(centerName.vi, x: 1, y: 0, role: .header, limit: size.width - DisplayWidth.of(clock) - 3)
        grid.put(clock, x: size.width - DisplayWidth.of(clock) - 1, y: 0, role: .header)
    }

    /// The number called last: large where there is room, always as words in both languages.
    private func banner(_ latest: CalledTicket, _ grid: inout Grid, _ size: Size, y: Int) -> Int {
        var y = y
        let number = latest.number.description
        let big = BigText.width(number)
        let counter = String(latest.counter)
        if size.height >= 24 && big + BigText.width(counter) + 12 <= size.width {
            BigText.draw(number, x: 2, y: y, into: &grid)
            grid.put("→", x: big + 5, y: y + 2, role: .title)
            BigText.draw(counter, x: big + 9, y: y, into: &grid)
            y += BigText.glyphRows + 1
        }
        let marked = latest.kind == .regular ? "" : " " + mark(latest.kind)
        let plain = QueueUIText.boardLatest(latest)
        let words = LocalizedText(vi: plain.vi + marked, en: plain.en + marked)
        grid.fill(Rect(x: 0, y: y, width: size.width, height: 2), role: .selected)
        grid.put(words.vi, x: 2, y: y, role: .selected, limit: size.width - 4)
        grid.put(words.en, x: 2, y: y + 1, role: .selected, limit: size.width - 4)
        return y + 3
    }

    /// Every counter and the number it serves, in as many columns as fit; the latest call highlighted.
    private func table(_ board: QueueBoard?, _ grid: inout Grid, _ size: Size, y: Int) {
        let counters = Set(lines.flatMap(\.counters)).union(board?.serving.map(\.counter) ?? []).sorted()
        let serving = Dictionary(board?.serving.map { ($0.counter, $0) } ?? [], uniquingKeysWith: { a, _ in a })
        let cellWidth = 22
        let columns = max(1, (size.width - 2) / cellWidth)
        let rows = max(1, size.height - 3 - y)
        grid.put(Self.both(QueueUIText.boardCounter) + "   " + Self.both(QueueUIText.boardNumber),
                 x: 1, y: y, role: .muted, limit: size.width - 2)
        for (index, counter) in counters.enumerated() {
            let (column, row) = (index / max(1, rows - 1), index % max(1, rows - 1))
            guard column < columns else { break }
            let x = 1 + column * cellWidth
            let called = serving[counter]
            let latest = called != nil && called == board?.latest
            let marked = called.map { $0.kind == .regular ? "" : " " + mark($0.kind) } ?? ""
            let text = "\(String(counter).leftPadded(to: 3, with: " "))   \(called?.number.description ?? "—")\(marked)"
            grid.put(text, x: x, y: y + 1 + row, role: latest ? .selected : (called == nil ? .muted : .title),
                     limit: cellWidth - 2)
        }
    }

    /// Two lines, Vietnamese then English: how many wait in each line where anyone waits, and a newcomer's
    /// wait there.
    private func footer(_ board: QueueBoard?, away: Bool, _ grid: inout Grid, _ size: Size) {
        let y = size.height - 2
        grid.fill(Rect(x: 0, y: y, width: size.width, height: 2), role: .footer)
        guard let board, !away else {
            let text = away ? Self.both(QueueUIText.boardAway) : "…"
            grid.put(text, x: 1, y: y, role: .footer, limit: size.width - 2)
            return
        }
        // Lines where someone waits (a hall has a dozen; the empty ones would push the waits off the line).
        let waiting = lines.filter { (board.waiting[$0.prefix] ?? 0) > 0 }
        for (row, language) in [Language.vi, .en].enumerated() {
            let lines = waiting.isEmpty ? ["0"] : waiting.map { line in
                let count = board.waiting[line.prefix] ?? 0
                let wait = QueueUIText.boardWait(board.outlook[line.prefix]).map { " (\($0[language]))" } ?? ""
                return "\(line.prefix) \(count)\(wait)"
            }
            grid.put(QueueUIText.boardWaiting[language] + ": " + lines.joined(separator: " · "), x: 1, y: y + row,
                     role: .footer, limit: size.width - 2)
        }
    }
}

extension BoardView {
    /// A board speaks to everyone in the hall: both languages on one line.
    static func both(_ text: LocalizedText) -> String { text.both.joined(separator: " · ") }

    /// How a priority or a booked number is marked beside it.
    func mark(_ kind: TicketKind) -> String {
        switch kind {
        case .regular: ""
        case .priority: glyphs.priority
        case .booked: glyphs.booked
        }
    }
}
