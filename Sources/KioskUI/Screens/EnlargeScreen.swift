import ProcedureCatalog

/// Below 40x12 nothing fits: instead of any screen, a request in both languages for a larger window. The
/// stack stays as it was, so the citizen's place returns with the next resize.
enum EnlargeScreen {
    static func draw(_ canvas: inout Canvas) {
        let lines = [UIText.enlarge.vi, UIText.enlarge.en, "≥ \(ScreenLayout.minimum.width)×\(ScreenLayout.minimum.height)"]
        let area = canvas.grid.bounds
        var y = max(0, (area.height - lines.count * 2) / 2)
        for line in lines {
            for part in TextWrap.lines(line, width: area.width) {
                canvas.grid.put(part, x: max(0, (area.width - DisplayWidth.of(part)) / 2), y: y, role: .notice)
                y += 1
            }
        }
    }
}
