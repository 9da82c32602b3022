/// A screen on the stack as tests and the catalog reload see it: which one, and where the citizen is on it
/// (the row or home button the keyboard is on, the first line shown of a text).
public struct Page: Equatable, Sendable {
    public var screen: Screen
    public var selected: Int
    public var scroll: Int

    public init(_ screen: Screen, selected: Int = 0, scroll: Int = 0) {
        self.screen = screen
        self.selected = selected
        self.scroll = scroll
    }
}
