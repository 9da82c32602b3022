import ProcedureCatalog

/// The tour's caption band: over the lower part of the screen, above the footer, with what the step shows and
/// how staff drive the tour (or, in the attract loop, an invitation to touch).
extension KioskView {
    func drawCaption(_ canvas: inout Canvas, _ caption: DemoCaption) {
        let area = canvas.grid.bounds
        let width = area.width - 2
        let position = caption.step == 0 ? "" : UIText.tourStep(caption.step, of: caption.count, language)
        let controls = caption.attract ? UIText.attractInvitation[language] : UIText.tourControls(auto: caption.auto, language)
        let lines = Array(TextWrap.lines(position + caption.text[language], width: width - 2).prefix(3))
        let height = lines.count + 2
        let top = max(0, area.height - 1 - height)
        let band = Rect(x: 0, y: top, width: area.width, height: height)
        canvas.grid.fill(band, role: .header)
        for (row, line) in lines.enumerated() {
            canvas.grid.put(line, x: 2, y: top + row, role: .header, limit: width - 2)
        }
        canvas.grid.put(TextWrap.truncated(controls, width: width - 2), x: 2, y: top + height - 1,
                        role: .footerKey)
    }
}
