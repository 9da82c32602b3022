/// One screen on the navigation stack, with where the citizen is on it, so that Back returns to the same row
/// and a language switch or a resize keeps the place.
public struct Page: Equatable, Sendable {
    public var screen: Screen
    /// The row (or home button) the keyboard is on.
    public var selected = 0
    /// The first line shown of a procedure's text.
    public var scroll = 0

    public init(_ screen: Screen) {
        self.screen = screen
    }
}
