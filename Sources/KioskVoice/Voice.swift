import ProcedureCatalog

/// An espeak-ng voice: Vietnamese (northern as shipped; central and southern as kiosk.conf may choose) or English.
public struct Voice: Equatable, Sendable {
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public static let vietnamese = Voice(name: "vi")
    public static let vietnameseCentral = Voice(name: "vi-vn-x-central")
    public static let vietnameseSouthern = Voice(name: "vi-vn-x-south")
    public static let english = Voice(name: "en")

    /// The voice of a screen's language.
    public static func of(_ language: Language, vietnamese: Voice = .vietnamese) -> Voice {
        language == .vi ? vietnamese : .english
    }
}
