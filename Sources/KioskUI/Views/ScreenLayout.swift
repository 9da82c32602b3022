/// Where the parts of every screen go for a terminal size. From 80x24 up, buttons are 3 rows high (easy to
/// touch); from 40x12 up to that, a compact layout with 1-row controls; below 40x12, nothing but a request to
/// enlarge the window.
struct ScreenLayout {
    static let minimum = Size(width: 40, height: 12)
    static let comfortable = Size(width: 80, height: 24)

    let size: Size
    let compact: Bool
    /// Row 0: the center's name and the clock.
    let header: Rect
    /// Back, Home, language and the screen's title.
    let nav: Rect
    let body: Rect
    /// The last row: what the keys do here.
    let footer: Rect

    var tooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

    /// Height of a touch control: 3 rows where the screen allows.
    var controlHeight: Int { compact ? 1 : 3 }

    init(_ size: Size) {
        self.size = size
        compact = size.width < Self.comfortable.width || size.height < Self.comfortable.height
        let navHeight = compact ? 1 : 3
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        nav = Rect(x: 0, y: 1, width: size.width, height: navHeight)
        body = Rect(x: 0, y: 1 + navHeight, width: size.width, height: size.height - navHeight - 2)
        footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    }

    /// A column of readable width centred in the body: long lines are hard to read on a wide screen.
    var readingColumn: Rect {
        let margin = compact ? 1 : 2
        let width = min(body.width - 2 * margin, 110)
        return Rect(x: (size.width - width) / 2, y: body.y, width: width, height: body.height)
    }
}
