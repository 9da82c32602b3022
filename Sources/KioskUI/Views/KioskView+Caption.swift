import ProcedureCatalog

/// The tour's caption band: over the lower part of the screen, above the footer, with what the step shows and
/// how staff drive the tour (or, in the attract loop, an invitation to touch).
extension KioskView {
    func drawCaption(_ canvas: inout Canvas, _ caption: DemoCaption) {
        let area = canvas.grid.bounds
        let width = area.width - 2
        let vi = language == .vi
        let position = caption.step == 0 ? "" : (vi ? "Bước \(caption.step)/\(caption.count) · " : "Step \(caption.step)/\(caption.count) · ")
        let controls = caption.attract
            ? (vi ? "Chạm vào màn hình để bắt đầu tra cứu" : "Touch the screen to start")
            : (vi ? "Space/→ tiếp · ← lùi · P \(caption.auto ? "dừng" : "tự chạy") · Esc thoát"
                  : "Space/→ next · ← back · P \(caption.auto ? "pause" : "play") · Esc leave")
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
