/// How far the procedure can be done online (dịch vụ công trực tuyến).
public struct OnlineService: Hashable, Sendable, Encodable {
    public enum Level: String, CaseIterable, Sendable, Codable {
        /// Toàn trình: submitted, processed and returned entirely online.
        case full
        /// Một phần: submitted online, but something must be done in person.
        case partial
        /// Only information is published online.
        case information
    }

    public var level: Level
    /// The portal page for the procedure, when there is one.
    public var url: String?

    public init(level: Level, url: String?) {
        self.level = level
        self.url = url
    }
}
