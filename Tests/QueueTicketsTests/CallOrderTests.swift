import Foundation
import KioskConfiguration
import QueueTickets
import Testing

/// The calling rule (`CallOrder`) on its own: priority first or one in N, bookings at their slot, and the
/// bound that keeps a regular ticket from being passed for ever.
@Suite struct CallOrderTests {
    let t0 = Date(timeIntervalSince1970: 1_795_747_260)

    func ticket(_ prefix: String, _ n: Int, _ kind: TicketKind = .regular, minute: Double, slot: Double? = nil) -> WaitingTicket {
        WaitingTicket(number: TicketNumber(prefix: prefix, sequence: n), kind: kind, takenAt: t0.addingTimeInterval(minute * 60),
                      slotStart: slot.map { t0.addingTimeInterval($0 * 60) })
    }

    func at(_ minute: Double) -> Date { t0.addingTimeInterval(minute * 60) }

    @Test func priorityFirstCallsAPriorityTicketBeforeRegularOnesTakenEarlier() {
        let waiting = [ticket("A", 1, minute: 0), ticket("A", 2, minute: 1), ticket("A", 3, .priority, minute: 2)]
        let next = CallOrder.next(waiting, recentCalls: [], policy: .shipped, at: at(3))
        #expect(next?.number.description == "A3")
        // Arrival order, the simulated day's baseline, calls the first who came.
        let fifo = QueuePolicy(rule: .arrivalOrder)
        #expect(CallOrder.next(waiting, recentCalls: [], policy: fifo, at: at(3))?.number.description == "A1")
    }

    @Test func onceARegularTicketHasWaitedTheLimitNobodyPassesIt() {
        let waiting = [ticket("A", 1, minute: 0), ticket("A", 2, .priority, minute: 5)]
        // A1 has waited 29 minutes: the priority ticket still goes first.
        #expect(CallOrder.next(waiting, recentCalls: [], policy: .shipped, at: at(29))?.number.description == "A2")
        // 30 minutes: from now on in the order people came.
        #expect(CallOrder.next(waiting, recentCalls: [], policy: .shipped, at: at(30))?.number.description == "A1")
        // A priority ticket that came before the regular one keeps its place in that order.
        let earlier = [ticket("A", 1, .priority, minute: 0), ticket("A", 2, minute: 1)]
        #expect(CallOrder.next(earlier, recentCalls: [], policy: .shipped, at: at(60))?.number.description == "A1")
    }

    @Test func oneInNCallsOnePriorityThenNRegular() {
        let policy = QueuePolicy(rule: .oneIn(regular: 2))
        let waiting = (1 ... 6).map { ticket("B", $0, minute: Double($0)) }
            + (7 ... 9).map { ticket("B", $0, .priority, minute: Double($0)) }
        let kinds = CallOrder.order(waiting, recentCalls: [], policy: policy, at: at(10)).map(\.kind)
        #expect(kinds == [.priority, .regular, .regular, .priority, .regular, .regular, .priority, .regular, .regular])
        // After two regular calls since the last priority one, the next is priority again.
        #expect(CallOrder.next(waiting, recentCalls: [.regular, .regular, .priority], policy: policy, at: at(10))?.kind == .priority)
        #expect(CallOrder.next(waiting, recentCalls: [.regular, .priority], policy: policy, at: at(10))?.kind == .regular)
    }

    @Test func aBookingIsCalledAtItsSlotAheadOfWalkInsAndNotBefore() {
        let waiting = [ticket("C", 1, minute: 0), ticket("C", 2, .priority, minute: 1), ticket("C", 3, .booked, minute: 2, slot: 20)]
        // Before its slot the booked citizen waits; walk-ins go on.
        #expect(CallOrder.next(waiting, recentCalls: [], policy: .shipped, at: at(10))?.number.description == "C2")
        // At its slot, ahead of every walk-in.
        #expect(CallOrder.next(waiting, recentCalls: [], policy: .shipped, at: at(20))?.number.description == "C3")
        // Early, with nobody else waiting: a free counter serves it.
        #expect(CallOrder.next([waiting[2]], recentCalls: [], policy: .shipped, at: at(10))?.number.description == "C3")
        // The limit holds against bookings too: C1 has waited 30 minutes.
        #expect(CallOrder.next(waiting, recentCalls: [], policy: .shipped, at: at(30))?.number.description == "C1")
    }

    /// A day at one counter more loaded than it can serve, a priority citizen for every regular one: whatever
    /// the rule, once a regular ticket has waited the limit, nobody who joined after it is called before it.
    @Test(arguments: [QueuePolicy(rule: .priorityFirst), QueuePolicy(rule: .oneIn(regular: 1)), QueuePolicy(rule: .oneIn(regular: 3))])
    func theLimitHoldsThroughAnOverloadedDay(policy: QueuePolicy) {
        var waiting: [WaitingTicket] = []
        var calls: [TicketKind] = []
        var called: [(ticket: WaitingTicket, at: Date)] = []
        var sequence = 0
        for minute in stride(from: 0.0, to: 480, by: 2) {
            sequence += 1
            waiting.append(ticket("D", sequence, minute: minute))
            sequence += 1
            waiting.append(ticket("D", sequence, .priority, minute: minute + 1))
            // One service every 3 minutes: the line grows all day.
            if Int(minute) % 3 == 0 || Int(minute) % 3 == 2, let next = CallOrder.next(waiting, recentCalls: calls, policy: policy, at: at(minute + 1.5)) {
                waiting.removeAll { $0.number == next.number }
                calls.insert(next.kind, at: 0)
                called.append((next, at(minute + 1.5)))
            }
        }
        #expect(called.contains { $0.ticket.kind == .regular } && called.contains { $0.ticket.kind == .priority })
        for (index, regular) in called.enumerated() where regular.ticket.kind == .regular {
            let limitReached = regular.ticket.takenAt.addingTimeInterval(policy.regularWaitLimit)
            for earlier in called[..<index] where earlier.at >= limitReached {
                #expect(earlier.ticket.takenAt <= regular.ticket.takenAt,
                        "\(earlier.ticket.number) passed \(regular.ticket.number) after its limit")
            }
        }
    }
}
