import CaseTracking
import ProcedureCatalog

/// The case look-up screens: the receipt number and the ID digits, each with an on-screen keypad that works
/// by touch alone.
extension KioskView {
    static let receiptKeys: [[Character]] = [["1", "2", "3", "H"], ["4", "5", "6", "."], ["7", "8", "9", "-"], ["⌫", "0", "✓"]]
    static let digitKeys: [[Character]] = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["⌫", "0", "✓"]]

    func drawCaseEntry(_ canvas: inout Canvas) {
        drawCaseInput(&canvas, prompt: CaseUIText.entryPrompt[language], value: state.receiptInput,
                      keys: Self.receiptKeys,
                      help: (layout.compact ? CaseUIText.whereOnSlipShort : CaseUIText.whereOnSlip)[language])
    }

    func drawCaseFactor(_ canvas: inout Canvas) {
        // The digits show as dots: someone may be looking over the citizen's shoulder.
        let dots = String(repeating: "●", count: state.factorInput.count)
            + String(repeating: "_", count: 4 - state.factorInput.count)
        let receipt = state.receipt.map { "\(language == .vi ? "Số hồ sơ" : "Receipt number"): \($0)" } ?? ""
        drawCaseInput(&canvas, prompt: CaseUIText.factorPrompt[language], value: dots, keys: Self.digitKeys,
                      help: [receipt, CaseUIText.factorWhy[language]].joined(separator: "\n"))
    }

    func drawStaffPIN(_ canvas: inout Canvas) {
        drawCaseInput(&canvas, prompt: CaseUIText.staffPrompt[language],
                      value: String(repeating: "●", count: state.pinInput.count), keys: Self.digitKeys,
                      help: CaseUIText.staffHelp[language])
    }

    /// Prompt, field, keypad; the message (or the help) beside the keypad, or under it when narrow.
    private func drawCaseInput(_ canvas: inout Canvas, prompt: String, value: String, keys: [[Character]],
                               help: String) {
        let body = layout.body.inset(x: 1)
        let compact = layout.compact
        var y = body.y
        if !compact {
            y += canvas.paragraph(prompt, in: body.rows(0, 2), role: .title)
        }
        let h = layout.controlHeight
        drawSearchBox(&canvas, Rect(x: body.x, y: y, width: min(body.width, 48), height: h), text: value,
                      textRole: .input, action: nil, caret: true)
        y += h + (compact ? 0 : 1)
        let keyWidth = compact ? 5 : 8
        let columns = keys.map(\.count).max() ?? 3
        let padWidth = columns * keyWidth + (columns - 1)
        for (row, line) in keys.enumerated() {
            var x = body.x
            for key in line {
                let wide = key == "✓" && line.count < columns
                let width = wide ? keyWidth * 2 + 1 : keyWidth
                let rect = Rect(x: x, y: y + row * h, width: width, height: h)
                let (label, action): (String, Action) = switch key {
                case "⌫": ("⌫", .keypadErase)
                case "✓": (CaseUIText.ok[language], .keypadOK)
                default: (String(key), .keypad(key))
                }
                canvas.button(rect, label, role: key == "✓" ? .selected : .button, action: action)
                x += width + 1
            }
        }
        let padBottom = y + keys.count * h
        let text = state.caseMessage.map {
            CaseUIText.message($0, hotline: app.center.hotline, now: state.now.timeIntervalSince1970, language)
        } ?? help
        let role: Role = state.caseMessage == nil ? .muted : .notice
        let side = Rect(x: body.x + padWidth + 3, y: y, width: body.maxX - body.x - padWidth - 3, height: padBottom - y)
        if side.width >= 24 {
            canvas.paragraph(text, in: side, role: role)
        } else {
            canvas.paragraph(text, in: Rect(x: body.x, y: padBottom, width: body.width, height: body.maxY - padBottom),
                             role: role)
        }
    }
}
