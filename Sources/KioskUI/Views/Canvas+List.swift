import ProcedureCatalog

/// One row of a list: a name (wrapped, matched words highlighted) and a line of facts under it.
struct ListItem {
    var title: String
    /// The facts line, made only for the rows of the page shown (a search may list 500).
    var facts: () -> String
    var highlights: [Range<String.Index>] = []

    init(title: String, meta: String, highlights: [Range<String.Index>] = []) {
        self.title = title
        facts = { meta }
        self.highlights = highlights
    }

    init(title: String, facts: @escaping () -> String) {
        self.title = title
        self.facts = facts
    }

    var meta: String { facts() }
}

/// A list cut into pages that fit its area. The page shown is the one holding the selected row, so the
/// place survives resizes and language switches without any scroll state. Rows are 3 lines or more in the
/// full layout (easy to touch).
struct ListLayout {
    /// Where rows go (the scroll column to its right is separate).
    let rows: Rect
    let scrollColumn: Rect
    let compact: Bool
    /// How many lines each item's title takes: every row is laid out, only a page of them drawn.
    let titleLineCounts: [Int]
    let pages: [Range<Int>]
    let textWidth: Int
    let maxLines: Int

    static let numberWidth = 4
    static let scrollWidth = 7
    static let maxTitleLines = 3

    init(items: [ListItem], area: Rect, compact: Bool) {
        self.compact = compact
        rows = Rect(x: area.x, y: area.y, width: area.width - Self.scrollWidth, height: area.height)
        scrollColumn = area.right(Self.scrollWidth - 1)
        let textWidth = rows.width - Self.numberWidth
        let maxLines = compact ? 2 : Self.maxTitleLines
        (self.textWidth, self.maxLines) = (textWidth, maxLines)
        titleLineCounts = items.map { min(TextWrap.lineCount($0.title, width: textWidth), maxLines) }
        var pages: [Range<Int>] = []
        var start = 0
        var used = 0
        for (index, lineCount) in titleLineCounts.enumerated() {
            let height = Self.height(lines: lineCount, compact: compact)
            if used + height > max(rows.height, 1), index > start {
                pages.append(start ..< index)
                start = index
                used = 0
            }
            used += height
        }
        if start < items.count { pages.append(start ..< items.count) }
        self.pages = pages
    }

    /// A name wrapped at words; a name longer than `maxLines` lines ends its last line early, leaving room
    /// for the "…" drawn after it. Lines stay slices of the name, so matched-word ranges still apply.
    static func titleLines(_ title: String, width: Int, maxLines: Int) -> [Substring] {
        let lines = TextWrap.lines(title, width: width)
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        let rest = title[lines[maxLines - 1].startIndex...]
        let last = TextWrap.lines(rest, width: width - 1).first ?? rest
        return Array(lines.prefix(maxLines - 1)) + [last]
    }

    /// An item's title lines, as drawn.
    func titleLines(_ item: ListItem) -> [Substring] {
        Self.titleLines(item.title, width: textWidth, maxLines: maxLines)
    }

    /// Whether the name goes on beyond its lines.
    static func isCut(_ lines: [Substring], of item: ListItem) -> Bool {
        lines.last.map { $0.endIndex < item.title.endIndex } ?? false
    }

    /// Title lines, the facts line, and a blank line between rows in the full layout.
    static func height(lines: Int, compact: Bool) -> Int {
        lines + 1 + (compact ? 0 : 1)
    }

    func pageIndex(of item: Int) -> Int {
        pages.firstIndex { $0.contains(item) } ?? (item < 0 ? 0 : max(0, pages.count - 1))
    }
}

extension Canvas {
    /// Draws the page holding `selected`, numbering its rows 1–9 for the digit keys (not where digits are
    /// typed into a search), and the page buttons.
    mutating func list(_ items: [ListItem], _ layout: ListLayout, selected: Int, language: Language,
                       numbered: Bool = true, highlights: (ListItem) -> [Range<String.Index>] = { $0.highlights }) {
        guard !layout.pages.isEmpty else { return }
        let pageIndex = layout.pageIndex(of: selected)
        var y = layout.rows.y
        for (number, item) in layout.pages[pageIndex].enumerated() {
            let title = layout.titleLines(items[item])
            let height = ListLayout.height(lines: title.count, compact: layout.compact)
            let isSelected = item == selected
            let rowRect = Rect(x: layout.rows.x, y: y, width: layout.rows.width, height: height)
            let band = layout.compact ? rowRect : rowRect.dropping(bottom: 1)
            if isSelected { grid.fill(band, role: .selected) }
            let role: Role = isSelected ? .selected : .plain
            if numbered, number < 9 {
                grid.put(String(number + 1).leftPadded(to: 2, with: " "), x: band.x, y: band.y, role: isSelected ? .selected : .muted)
            }
            let textX = band.x + ListLayout.numberWidth
            let matched = highlights(items[item])
            for (line, text) in title.enumerated() {
                let used = grid.put(text, x: textX, y: band.y + line, role: role,
                                    limit: band.width - ListLayout.numberWidth)
                highlight(matched, line: text, x: textX, y: band.y + line, selected: isSelected)
                if line == title.count - 1, ListLayout.isCut(title, of: items[item]) {
                    grid.put("…", x: textX + used, y: band.y + line, role: role)
                }
            }
            grid.put(TextWrap.truncated(items[item].meta, width: band.width - ListLayout.numberWidth),
                     x: textX, y: band.y + title.count, role: isSelected ? .selected : .muted)
            tap(rowRect, .open(item))
            y += height
        }
        pageButtons(layout, page: pageIndex, language: language)
    }

    /// Re-roles the matched words that fall on one displayed line of a title.
    private mutating func highlight(_ ranges: [Range<String.Index>], line: Substring, x: Int, y: Int, selected: Bool) {
        for range in ranges where range.lowerBound >= line.startIndex && range.upperBound <= line.endIndex {
            let start = x + DisplayWidth.of(line[line.startIndex ..< range.lowerBound])
            let width = DisplayWidth.of(line[range])
            grid.restyle(Rect(x: start, y: y, width: width, height: 1), role: selected ? .matchSelected : .match)
        }
    }

    /// ▲ and ▼ buttons with "page n/m" between them, when there is more than one page.
    mutating func pageButtons(_ layout: ListLayout, page: Int, language: Language) {
        guard layout.pages.count > 1 else { return }
        scrollButtons(layout.scrollColumn, compact: layout.compact,
                      position: UIText.pageOf(page + 1, layout.pages.count, language),
                      canGoUp: page > 0, canGoDown: page < layout.pages.count - 1)
    }

    /// The on-screen scroll control: a ▲ button at the top, ▼ at the bottom, the position between.
    mutating func scrollButtons(_ column: Rect, compact: Bool, position: String, canGoUp: Bool, canGoDown: Bool) {
        let height = compact ? 1 : 3
        guard column.height >= 2 * height + 1 else { return }
        button(column.rows(0, height), "▲", role: canGoUp ? .button : .muted, action: .page(-1))
        button(column.rows(column.height - height, height), "▼", role: canGoDown ? .button : .muted, action: .page(1))
        let middle = column.y + column.height / 2
        let text = TextWrap.truncated(position, width: column.width)
        grid.put(text, x: column.x + max(0, (column.width - DisplayWidth.of(text)) / 2), y: middle, role: .muted)
    }
}
