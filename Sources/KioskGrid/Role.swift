/// What a cell is for. The terminal maps each role to colours (or, without colours, to bold, reverse and
/// underline), so screens never name a colour and the theme lives in one place.
public enum Role: UInt8, CaseIterable, Sendable {
    case plain
    /// The band at the top with the center's name and the clock.
    case header
    /// A screen's title and the name of an open procedure.
    case title
    /// Section headings inside a procedure.
    case section
    /// Secondary text: time and fee lines, hints.
    case muted
    case button
    /// The button or row the keyboard is on.
    case selected
    /// The words of a result that the query matched.
    case match
    /// A matched word inside the selected row.
    case matchSelected
    /// The search field.
    case input
    /// The search field's caret.
    case cursor
    case tab
    case tabActive
    /// Key names in the footer.
    case footerKey
    case footer
    /// Messages that need attention (no results, enlarge the window).
    case notice
    /// A case's status band: done (green), in progress (gold), needs the citizen or stopped (red).
    case statusGood
    case statusWaiting
    case statusProblem
    /// A QR code's cell whose upper module is light (the background) and lower module, where the cell shows
    /// `▄`, dark: dark on light in every theme, as phones read them.
    case qrCode
    /// A QR code's cell whose upper module is dark, and lower module light where it shows `▄`.
    case qrCodeDark
    /// The blocks of a queue number drawn large (`BigText`): a solid colour, read from a few steps away.
    case bigNumber
}
