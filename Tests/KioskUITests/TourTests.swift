import CaseTracking
import DemoTours
import KioskRuntime
import Foundation
import ProcedureCatalog
import Testing
@testable import KioskUI

/// Every shipped tour plays headless on the state machine, and every step's expected text must be on screen.
@Suite struct TourTests {
    static let tours: [Tour] = Shipped.loaded("Catalog/tours/", or: []) {
        try TourLoader.load(catalogFolder: Shipped.root.appendingPathComponent("Catalog").path,
                            procedureCodes: Set(Shipped.catalog.procedures.map(\.code.description)),
                            caseKeys: Set(Shipped.demo.keys))
    }

    static let cases: [String: (receipt: String, last4: String)] = Shipped.incoming.mapValues {
        ($0.record.receipt.description, $0.owner.idLast4)
    }

    static func driver(_ id: String, _ session: inout Session, attract: Bool = false) -> TourDriver {
        let tour = tours.first { $0.id == id }!
        return TourDriver(tour: tour, cases: cases, attract: attract, pace: 5, state: &session.state, app: session.app)
    }

    @Test func atLeastAFullTourAndAnAttractLoopShip() {
        #expect(Set(Self.tours.map(\.id)).isSuperset(of: ["full", "attract"]))
        #expect(Self.tours.first { $0.id == "full" }!.steps.count >= 15)
    }

    @Test(arguments: ["full", "attract"], [(80, 24), (200, 60)])
    func everyStepShowsWhatItExpects(tour id: String, size: (Int, Int)) {
        for language in Language.allCases {
            var session = Session(language, width: size.0, height: size.1)
            var driver = Self.driver(id, &session)
            for index in driver.tour.steps.indices {
                driver.next(&session.state, app: session.app, apply: session.applier)
                #expect(driver.step == index)
                #expect(session.state.caption?.step == index + 1)
                if let expected = driver.tour.steps[index].expect?[session.state.language] {
                    #expect(session.screen.contains(expected),
                            "\(id) step \(index + 1) at \(size.0)x\(size.1) in \(language): no “\(expected)”\n\(session.screen)")
                }
            }
        }
    }

    @Test func staffControlsStepBackAndLeave() {
        var session = Session()
        var driver = Self.driver("full", &session)
        #expect(session.shows("Giới thiệu kiosk tra cứu thủ tục hành chính"), "the title before the first step")
        for _ in 0 ..< 3 { _ = driver.handle(.key(.character(" ")), &session.state, app: session.app, apply: session.applier) }
        #expect(driver.step == 2)
        #expect(session.shows("Mã thủ tục: 1.000894.000.00.00.H08"))
        _ = driver.handle(.key(.left), &session.state, app: session.app, apply: session.applier)
        #expect(driver.step == 1)
        #expect(session.state.screen == .search && session.state.query == "dang ky ket hon")
        _ = driver.handle(.click(x: 5, y: 5), &session.state, app: session.app, apply: session.applier)
        #expect(driver.step == 2, "a touch is next")
        #expect(driver.handle(.key(.escape), &session.state, app: session.app, apply: session.applier) == .leave)
        #expect(session.state.pages == [Page(.home)] && session.state.caption == nil && session.state.query.isEmpty)
    }

    @Test func pPlaysAtThePaceAndStopsAtTheEnd() {
        var session = Session()
        var driver = Self.driver("attract", &session)
        _ = driver.handle(.key(.character("p")), &session.state, app: session.app, apply: session.applier)
        #expect(driver.auto)
        var now = session.state.now
        for _ in 0 ..< 4 {
            now = now.addingTimeInterval(5)
            _ = driver.handle(.tick(now), &session.state, app: session.app, apply: session.applier)
        }
        #expect(driver.step == 3)
        for _ in 0 ..< 20 {
            now = now.addingTimeInterval(5)
            _ = driver.handle(.tick(now), &session.state, app: session.app, apply: session.applier)
        }
        #expect(driver.step == driver.tour.steps.count - 1)
        #expect(!driver.auto, "a staff tour stops at its last step")
    }

    @Test func theAttractLoopLoopsAndAnyTouchHandsOverACleanKiosk() {
        var session = Session()
        var driver = Self.driver("attract", &session, attract: true)
        #expect(driver.auto)
        var now = session.state.now
        for _ in 0 ..< driver.tour.steps.count + 2 {
            now = now.addingTimeInterval(5)
            _ = driver.handle(.tick(now), &session.state, app: session.app, apply: session.applier)
        }
        #expect(driver.step == 1, "after the last step it starts over")
        #expect(session.shows("Chạm vào màn hình để bắt đầu tra cứu"))
        let handling = driver.handle(.key(.character("a")), &session.state, app: session.app, apply: session.applier)
        #expect(handling == .leave)
        #expect(session.state.pages == [Page(.home)] && session.state.caption == nil)
        #expect(session.state.query.isEmpty, "the touch that ends the loop does nothing else")
    }
}

extension Session {
    /// What the run loop does with a tour's events: update, and answer look-ups from the demo store.
    var applier: TourDriver.Apply {
        let (app, runner, clock) = (app, runner, clock)
        return { event, state in
            clock.date = state.now
            KioskLoop.applyInTour(event, &state, app: app, runner: runner)
        }
    }
}
