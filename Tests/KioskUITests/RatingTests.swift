import CaseTracking
import Foundation
import GRDB
import KioskOperations
import KioskRuntime
import Logging
import ProcedureCatalog
import TestSupport
import Testing
@testable import KioskUI

/// The quick rating as a citizen gives it, on the state machine with the real effect runner, a real SQLite case
/// database and the real outbox.
@Suite struct QuickRatingTests {
    /// A case database of its own and an outbox beside it.
    final class Ratings {
        let folder = TestScratch.root + "ratings-\(UUID().uuidString)"
        let store: SQLiteCaseStore
        let outbox: RatingOutbox

        init() throws {
            store = try SQLiteCaseStore(path: folder + "/cases.sqlite", key: Shipped.key)
            outbox = RatingOutbox(path: folder + "/ratings-outbox.jsonl")
        }

        func recorder(perMinute: Int = 3) -> RatingRecorder {
            RatingRecorder(store: store, outbox: outbox, perMinute: perMinute, logger: Session.logger)
        }

        var all: [Rating] { (try? store.ratings(from: .distantPast, to: .distantFuture)) ?? [] }
    }

    @Test func aSatisfiedCitizenAnswersSkipsTheAgencyAndIsThanked() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        session.openQuickRating()
        #expect(session.state.screen == .quickRating)
        try session.tap("Very satisfied")
        #expect(session.state.screen == .ratingAgency)
        try session.tap("Send the rating without an agency")
        #expect(session.state.screen == .ratingThanks)
        #expect(session.shows("Thank you for your rating!"))
        let saved = try #require(ratings.all.first)
        #expect(ratings.all.count == 1)
        #expect(saved.kind == .quick && saved.answers == [.attitude: 2] && saved.agency == nil)
        #expect(saved.kiosk == Shipped.config.kioskName && saved.time == Shipped.now)
        session.advance(7)
        #expect(session.state.screen == .ratingThanks)
        session.advance(1)
        #expect(session.state.pages == [Page(.home)], "home by itself after 8 seconds")
    }

    @Test func aDispleasedCitizenSaysWhatWentWrongAndNamesTheAgency() throws {
        let ratings = try Ratings()
        var session = Session(.vi, ratings: ratings.recorder())
        session.openQuickRating()
        session.type("3")
        #expect(session.state.screen == .ratingComplaints)
        session.type("1")
        try session.tap("Giấy tờ không rõ ràng")
        session.type("1")  // ticked off again
        #expect(session.shows("[ ] Chờ lâu") && session.shows("[x] Giấy tờ không rõ ràng"))
        try session.tap("6 Tiếp tục")
        #expect(session.state.screen == .ratingAgency)
        let agency = Shipped.catalog.agencies[1]
        session.type("3")  // row 3: Skip, then the agencies in catalog order
        let saved = try #require(ratings.all.first)
        #expect(saved.answers == [.attitude: 0] && saved.satisfaction == .displeased)
        #expect(saved.complaints == [.unclearDocuments])
        #expect(saved.agency == agency.id && saved.counter == agency.counter?.vi)
    }

    @Test func oneQuickRatingPerCitizenUntilTheIdleReset() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        session.openQuickRating()
        session.type("2")
        session.press(.enter)
        session.press(.function(1))
        session.openQuickRating()
        #expect(session.shows("You have already rated our service in this visit."))
        session.type("1")
        #expect(session.state.screen == .quickRating && ratings.all.count == 1, "a second answer does nothing")
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
        session.openQuickRating()
        session.type("1")
        #expect(session.state.screen == .ratingAgency, "the next citizen rates")
    }

    /// Two citizens in a row, each rating: the thanks screen goes home by itself, and that ends the first
    /// citizen's visit as the idle reset does (the "already rated" mark, the language), so the second, minutes
    /// later, rates too.
    @Test func twoCitizensInARowEachRate() throws {
        let ratings = try Ratings()
        var session = Session(.vi, ratings: ratings.recorder())
        session.press(.function(2))  // the first citizen reads in English
        session.openQuickRating()
        session.type("1")
        session.press(.enter)
        #expect(session.shows("Thank you for your rating!"))
        session.advance(RatingThanksScreen.seconds)
        #expect(session.state.pages == [Page(.home)])
        #expect(session.state.language == .vi, "the next citizen meets the default language")
        #expect(session.app.isPristine(session.state), "nothing of the first citizen is left")
        session.advance(180)  // the second citizen, three minutes later
        session.openQuickRating()
        #expect(!session.shows("Quý khách đã đánh giá trong lượt sử dụng này"))
        session.type("2")
        session.press(.enter)
        #expect(session.shows("Cảm ơn quý khách đã đánh giá!"))
        #expect(ratings.all.count == 2)
    }

    /// A citizen who rates and touches "Back to home" leaves a visit with a rating in it: the idle countdown
    /// runs on that home screen, and its reset lets the next citizen rate.
    @Test func homeAfterARatingIsNotUntouched() throws {
        let ratings = try Ratings()
        var session = Session(.vi, ratings: ratings.recorder())
        session.openQuickRating()
        session.type("1")
        session.press(.enter)
        try session.tap("Về trang chủ")
        #expect(session.state.pages == [Page(.home)])
        #expect(!session.app.isPristine(session.state))
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 1)
        #expect(session.app.idleCountdown(session.state) != nil, "the countdown runs")
        session.advance(11)
        session.openQuickRating()
        session.type("1")
        session.press(.enter)
        #expect(ratings.all.count == 2, "the next citizen's rating is kept")
    }

    @Test func quickRatingsBeyondTheKiosksLimitPerMinuteAreNotKept() throws {
        let ratings = try Ratings()
        let recorder = ratings.recorder(perMinute: 2)
        for citizen in 0 ..< 4 {
            var session = Session(.en, now: Shipped.now.addingTimeInterval(Double(citizen) * 5), ratings: recorder)
            session.openQuickRating()
            session.type("1")
            session.press(.enter)
            #expect(session.shows("Thank you for your rating!"), "every citizen is thanked")
        }
        #expect(ratings.all.count == 2)
        var later = Session(.en, now: Shipped.now.addingTimeInterval(61), ratings: recorder)
        later.openQuickRating()
        later.type("1")
        later.press(.enter)
        #expect(ratings.all.count == 3, "a minute later the kiosk takes ratings again")
    }

    @Test func aLockedDatabaseLosesNoRating() throws {
        let ratings = try Ratings()
        // Another process holds the database's write lock, as a stuck import would.
        let other = try DatabaseQueue(path: ratings.folder + "/cases.sqlite")
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked.signal()
                release.wait()
                try db.execute(sql: "COMMIT")
            }
        }
        locked.wait()
        var session = Session(.en, ratings: ratings.recorder())
        session.openQuickRating()
        session.type("2")
        session.press(.enter)
        #expect(session.shows("Thank you for your rating!"))
        let waiting = try ratings.outbox.pending()
        #expect(waiting.count == 1 && waiting.first?.answers == [.attitude: 1])
        release.signal()
        ratings.recorder().retry()
        #expect(ratings.all.map(\.id) == waiting.map(\.id), "written from the outbox")
        #expect(try ratings.outbox.pending().isEmpty)
        // The same rating replayed (its write went through but the outbox kept it too): still one.
        try ratings.outbox.keep(waiting[0])
        ratings.recorder().retry()
        #expect(ratings.all.count == 1)
    }

    /// A full disk under both the database and the outbox: the rating is lost, and the citizen is told so and
    /// where to rate instead, not thanked as if it counted. With room again, the next citizen is thanked.
    @Test func aRatingLostOnAFullDiskIsNotThanked() throws {
        let disk = try SmallDisk()
        let store = try SQLiteCaseStore(path: disk.path + "/cases.sqlite", key: Shipped.key)
        let recorder = RatingRecorder(store: store, outbox: RatingOutbox(path: disk.path + "/ratings-outbox.jsonl"),
                                      perMinute: 3, logger: Session.logger)
        disk.fill()
        var session = Session(.vi, ratings: recorder)
        session.openQuickRating()
        session.type("1")
        session.press(.enter)
        #expect(session.state.screen == .ratingThanks)
        #expect(session.shows("Chưa lưu được đánh giá"))
        #expect(session.shows("Xin quý khách đánh giá tại quầy hướng dẫn"))
        #expect(!session.shows("Cảm ơn quý khách đã đánh giá!"))
        #expect((try? store.ratings(from: .distantPast, to: .distantFuture))?.isEmpty != false)
        session.advance(19)
        #expect(session.state.screen == .ratingThanks, "long enough to read")
        session.advance(1)
        #expect(session.state.pages == [Page(.home)])
        disk.free()
        var next = Session(.en, now: Shipped.now.addingTimeInterval(60), ratings: recorder)
        next.openQuickRating()
        next.type("1")
        next.press(.enter)
        #expect(next.shows("Thank you for your rating!"))
        #expect(try store.ratings(from: .distantPast, to: .distantFuture).count == 1)
    }

    @Test func theIdleResetMidwayLeavesNothingAndKeepsNothing() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        session.openQuickRating()
        session.type("3")
        session.type("5")
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
        #expect(session.state.pages == [Page(.home)] && !session.shows("Fees"))
        #expect(ratings.all.isEmpty)
    }
}

/// The national per-case form: by receipt number from home, or from the case screen; one rating per case.
@Suite struct CaseRatingTests {
    typealias Ratings = QuickRatingTests.Ratings

    /// Home → rate → by receipt → the number and the digits, as a citizen types them.
    func openByReceipt(_ key: String, _ session: inout Session, digits: String? = nil) {
        session.openRating()
        session.type("1")
        session.type(Shipped.demo[key]!.receipt.description)
        session.press(.enter)
        session.type(digits ?? Shipped.owners[key]!.idLast4)
        session.press(.enter)
    }

    /// Start (unless already started), then the six questions with these answers (1 = the best).
    func answer(_ choices: String, _ session: inout Session, start: Bool = true) {
        if start { session.type("1") }
        for choice in choices { session.type(String(choice)) }
    }

    @Test func byReceiptNumberTheSixQuestionsOneAScreenThenThanks() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        openByReceipt("processing-passport", &session)
        #expect(session.state.screen == .caseRating)
        #expect(session.shows("Handling time (indicators 1 and 2, from the case data)"))
        session.type("1")
        #expect(session.shows("1/6 · How many times did you have to come back"))
        for (step, choice) in ["1", "2", "1", "1", "2"].enumerated() {
            session.type(choice)
            #expect(session.shows("\(step + 2)/6 · "), "one question a screen")
        }
        try session.tap("Satisfied")
        #expect(session.state.screen == .ratingThanks)
        let record = Shipped.demo["processing-passport"]!
        let saved = try #require(ratings.all.first)
        #expect(saved.kind == .caseForm && saved.receipt == record.receipt && saved.agency == record.handlingAgency)
        #expect(saved.answers[.contacts] == 2 && saved.answers[.agencies] == 1 && saved.answers[.posted] == 2)
        #expect(saved.answers[.attitude] == 2 && saved.answers[.ease] == 1 && saved.answers[.overall] == 1)
        let facts = CaseRatingFacts(record, today: Shipped.today)
        #expect(saved.answers[.totalTime] == facts.totalTime && saved.answers[.agencyTime] == facts.agencyTime)
    }

    @Test func fromTheCaseScreenAndOnlyOneRatingPerCase() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        session.openCase("processing-passport")
        #expect(session.shows("F4 Rate"))
        session.press(.function(4))
        #expect(session.state.screen == .caseRating && session.shows("Start"))
        answer("111111", &session)
        #expect(ratings.all.count == 1)
        // The same case again: the earlier rating is said, and replaced only if the citizen wants.
        var again = Session(.en, ratings: ratings.recorder())
        again.openCase("processing-passport")
        again.press(.function(4))
        let said = again.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(said.contains("This case was rated on 27/11/2026. You may rate it again, replacing that rating."), "\(said)")
        try again.tap("Rate again (replacing it)")
        answer("333333", &again, start: false)
        #expect(again.state.screen == .ratingComplaints, "Not satisfied overall: what went wrong")
        again.type("2")
        again.type("6")
        #expect(again.state.screen == .ratingThanks)
        let kept = ratings.all
        #expect(kept.count == 1, "one rating per case")
        #expect(kept.first?.answers[.overall] == 0 && kept.first?.complaints == [.cameBack])
    }

    @Test func wrongDigitsRateNothing() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        openByReceipt("processing-passport", &session, digits: "0000")
        #expect(session.state.screen == .caseFactor && session.state.caseMessage == .notFound)
        #expect(session.store.failures(Shipped.demo["processing-passport"]!.receipt) == 1, "the same guess limit")
        #expect(ratings.all.isEmpty)
    }

    @Test func theIdleResetMidwayKeepsNothing() throws {
        let ratings = try Ratings()
        var session = Session(.en, ratings: ratings.recorder())
        openByReceipt("processing-passport", &session)
        session.type("1")
        session.type("1")
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
        #expect(session.state.pages == [Page(.home)])
        #expect(ratings.all.isEmpty)
    }
}
