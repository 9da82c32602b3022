import ProcedureCatalog

/// The body of each screen.
extension KioskView {
    /// The search box and the four ways in, as big buttons; the center's address and hotline below.
    func drawHome(_ canvas: inout Canvas) {
        let column = layout.readingColumn
        let h = layout.controlHeight
        let labels = [UIText.searchPlaceholder, UIText.browseByField, CaseUIText.checkCase, UIText.browseByAgency,
                      UIText.featured, UIText.browseByLevel].map { $0[language] }
        func role(_ choice: Int) -> Role { state.page.selected == choice ? .selected : .button }
        var y = column.y + (layout.compact ? 0 : 1)
        drawSearchBox(&canvas, Rect(x: column.x, y: y, width: column.width, height: h),
                      text: "⌕ " + labels[0], textRole: state.page.selected == 0 ? .selected : .muted,
                      action: .open(0))
        y += h + (layout.compact ? 0 : 1)
        if layout.compact {
            for choice in 1 ..< labels.count {
                canvas.button(Rect(x: column.x, y: y, width: column.width, height: 1), labels[choice],
                              role: role(choice), action: .open(choice))
                y += 1
            }
        } else {
            // Two columns: finding a procedure on the left, the citizen's own case and the common ones right.
            let half = (column.width - 2) / 2
            for choice in 1 ..< labels.count {
                let side = (choice - 1) % 2
                let rect = Rect(x: column.x + side * (half + 2), y: y, width: half, height: h)
                canvas.button(rect, labels[choice], role: role(choice), action: .open(choice))
                if side == 1 || choice == labels.count - 1 { y += h }
            }
        }
        let info = Rect(x: column.x, y: y + 1, width: column.width, height: column.maxY - y - 1)
        var lines: [String] = []
        let address = app.center.address[language]
        if !address.isEmpty { lines.append(address) }
        var contact: [String] = []
        if !app.center.hotline.isEmpty { contact.append("\(UIText.hotline[language]): \(app.center.hotline)") }
        if !app.center.website.isEmpty { contact.append(app.center.website) }
        if !contact.isEmpty { lines.append(contact.joined(separator: " · ")) }
        var row = info.y
        for line in lines where row < info.maxY {
            row += canvas.paragraph(line, in: Rect(x: info.x, y: row, width: info.width, height: info.maxY - row),
                                    role: .muted)
        }
    }

    /// A box (or a bar in the compact layout) holding the query and its caret, or a placeholder.
    func drawSearchBox(_ canvas: inout Canvas, _ rect: Rect, text: String, textRole: Role, action: Action?,
                       caret: Bool = false, trailing: String = "") {
        canvas.grid.fill(rect, role: .input)
        if rect.height >= 3 { canvas.grid.box(rect, role: .input) }
        let inner = rect.height >= 3 ? rect.inset(x: 2) : rect.inset(x: 1)
        let y = rect.y + rect.height / 2
        let trailingWidth = trailing.isEmpty ? 0 : DisplayWidth.of(trailing) + 2
        let room = inner.width - trailingWidth - (caret ? 1 : 0)
        if caret && textRole == .muted {  // a placeholder: the caret waits before it
            canvas.grid.put(" ", x: inner.x, y: y, role: .cursor)
            canvas.grid.put(TextWrap.truncated(text, width: room - 1), x: inner.x + 2, y: y, role: textRole)
        } else if caret {  // while typing, the end of the query stays visible as it grows
            var shown = Substring(text)
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown = shown.dropFirst() }
            let used = canvas.grid.put(shown, x: inner.x, y: y, role: textRole, limit: room)
            canvas.grid.put(" ", x: inner.x + used, y: y, role: .cursor)
        } else {
            canvas.grid.put(TextWrap.truncated(text, width: room), x: inner.x, y: y, role: textRole)
        }
        if !trailing.isEmpty {
            canvas.grid.put(trailing, x: inner.maxX - DisplayWidth.of(trailing), y: y, role: .muted)
        }
        if let action { canvas.tap(rect, action) }
    }

    /// Tabs for field, agency and level above the list of the chosen one.
    func drawBrowse(_ canvas: inout Canvas, tab: BrowseTab) {
        let body = layout.body.inset(x: 1)
        let h = layout.controlHeight
        let count = BrowseTab.allCases.count
        let width = (body.width - (count - 1)) / count
        for candidate in BrowseTab.allCases {
            let rect = Rect(x: body.x + candidate.rawValue * (width + 1), y: body.y, width: width, height: h)
            canvas.button(rect, UIText.tab(candidate)[language], role: candidate == tab ? .tabActive : .tab,
                          action: .browse(candidate))
        }
        drawList(&canvas, area: body)
    }

    /// The query box with the result count, then the results, or help when nothing matched. Before the first
    /// keystroke the most requested procedures are there to touch.
    func drawSearch(_ canvas: inout Canvas) {
        let body = layout.body.inset(x: 1)
        let h = layout.controlHeight
        let empty = state.query.isEmpty
        let count = empty ? ""
            : UIText.resultCount(state.results.count, limited: state.results.count >= KioskApp.resultLimit, language)
        drawSearchBox(&canvas, body.rows(0, h), text: empty ? UIText.searchHint[language] : state.query,
                      textRole: empty ? .muted : .input, action: nil, caret: true, trailing: count)
        let below = body.dropping(top: h + 1)
        if !empty && state.results.isEmpty {
            drawNoResults(&canvas, below.inset(x: 1))
        } else if let list = listLayout() {
            if empty { canvas.grid.put(UIText.featured[language], x: list.rows.x, y: list.rows.y - 1, role: .muted) }
            let highlighter = empty ? nil : app.index.highlighter(for: state.query)
            canvas.list(listItems(), list, selected: state.page.selected, language: language, numbered: false,
                        highlights: { highlighter?.ranges(in: $0.title) ?? [] })
        }
    }

    private func drawNoResults(_ canvas: inout Canvas, _ area: Rect) {
        var y = area.y
        y += canvas.paragraph(UIText.noResults(state.query, language), in: area.rows(0, 2), role: .notice)
        y += canvas.paragraph(UIText.noResultTips[language], in: Rect(x: area.x, y: y, width: area.width,
                                                                      height: area.maxY - y), role: .plain)
        let label = UIText.browseByField[language]
        let width = min(area.width, DisplayWidth.of(label) + 6)
        canvas.button(Rect(x: area.x + 2, y: y + (layout.compact ? 0 : 1), width: width, height: layout.controlHeight),
                      label, role: .button, action: .browse(.field))
    }

    /// A procedure's or a case's text from the scroll position, with the scroll buttons on the right.
    func drawDocument(_ canvas: inout Canvas) {
        let document = document()
        let area = documentRect
        let top = min(state.page.scroll, maxScroll)
        for (row, line) in document.lines.dropFirst(top).prefix(area.height).enumerated() {
            if [.statusGood, .statusWaiting, .statusProblem].contains(line.role) {
                canvas.grid.fill(Rect(x: area.x, y: area.y + row, width: area.width, height: 1), role: line.role)
            }
            canvas.grid.put(line.text, x: area.x + line.indent, y: area.y + row, role: line.role,
                            limit: area.width - line.indent)
        }
        guard document.lines.count > area.height else { return }
        let column = Rect(x: layout.body.maxX - ListLayout.scrollWidth + 1, y: layout.body.y,
                          width: ListLayout.scrollWidth - 1, height: layout.body.height)
        let percent = maxScroll == 0 ? 100 : top * 100 / maxScroll
        canvas.scrollButtons(column, compact: layout.compact, position: "\(percent)%",
                             canGoUp: top > 0, canGoDown: top < maxScroll)
    }
}
