import Foundation

/// What a kiosk's own files know of its link to the hall server, kept beside the outbox so that `kiosk fleet
/// status` on this machine can say it while the server is away: since when the kiosk has been cut off and why,
/// and the hall's fleet as the server last listed it.
public struct HallLinkRecord: Sendable, Equatable, Codable {
    /// Since when the server has been away; nil while it answers.
    public var awaySince: Date?
    /// The last problem met with the server, and when the outage it belongs to began.
    public var problem: HallError?
    public var problemAt: Date?

    public init(awaySince: Date? = nil, problem: HallError? = nil, problemAt: Date? = nil) {
        self.awaySince = awaySince
        self.problem = problem
        self.problemAt = problemAt
    }

    static let key = "link"
    static let fleetKey = "fleet"
}

extension HallOutbox {
    /// The link as the kiosk last recorded it; nil when it never did (a new kiosk, or an office machine).
    public func linkRecord() -> HallLinkRecord? {
        (try? value(HallLinkRecord.key)).flatMap { $0 }
            .flatMap { try? JSONDecoder().decode(HallLinkRecord.self, from: Data($0.utf8)) }
    }

    /// The fleet as the server last listed it to this kiosk.
    public func lastFleet() -> Fleet? {
        (try? value(HallLinkRecord.fleetKey)).flatMap { $0 }
            .flatMap { try? JSONDecoder().decode(Fleet.self, from: Data($0.utf8)) }
    }

    /// Best effort: a disk that refuses it loses only what `fleet status` would say while the server is away.
    func keep(_ record: HallLinkRecord) {
        keep(record, as: HallLinkRecord.key)
    }

    func keep(_ fleet: Fleet) {
        keep(fleet, as: HallLinkRecord.fleetKey)
    }

    private func keep(_ value: some Encodable, as name: String) {
        guard let data = try? JSONEncoder().encode(value) else { return }
        try? set(name, String(decoding: data, as: UTF8.self))
    }
}
