/// How a ticket is called: in turn, ahead of regular tickets because its holder belongs to a priority group
/// (self-declared at the kiosk, checked at the counter), or at the slot its holder booked.
public enum TicketKind: String, Sendable, Codable, CaseIterable {
    case regular
    case priority
    case booked
}
