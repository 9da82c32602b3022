import Foundation

/// What a screen's action changes beyond the screen itself.
struct Transition: Sendable {
    var navigation: Navigation?
    var effects: [Effect] = []
    /// An action for the app to do next (a home button is the action it names).
    var then: Action?

    static let stay = Transition()

    static func push(_ screen: AnyScreen) -> Transition { Transition(navigation: .push(screen)) }
    static func effects(_ effects: [Effect]) -> Transition { Transition(effects: effects) }
}

/// Moving on the stack of screens.
enum Navigation: Sendable {
    case push(AnyScreen)
    case pop
    /// Home, everything above it dropped.
    case home
    /// Home and these screens above it (a scanned receipt number jumps to the look-up from anywhere).
    case stack([AnyScreen])
}
