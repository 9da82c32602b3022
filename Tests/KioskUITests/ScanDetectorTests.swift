import Testing
@testable import KioskUI

@Suite struct ScanDetectorTests {
    let receipt = "000.00.12.H08-241127-0042"

    func feed(_ text: String, every gap: Double, enter: Bool = true, detector: inout ScanDetector) -> [KioskEvent] {
        var time = 100.0
        var out: [KioskEvent] = []
        for character in text {
            out += detector.feed(.key(.character(character)), at: time)
            time += gap
        }
        if enter { out += detector.feed(.key(.enter), at: time) }
        out += detector.flushIfStale(at: time + 1)
        return out
    }

    @Test func aFastBurstEndingInEnterIsAScan() {
        var detector = ScanDetector()
        #expect(feed(receipt, every: 0.004, detector: &detector) == [.scan(receipt)])
        #expect(detector.deadline == nil)
    }

    @Test func aPersonTypingTheSameIsKeys() {
        var detector = ScanDetector()
        let events = feed(receipt, every: 0.15, detector: &detector)
        #expect(events == receipt.map { .key(.character($0)) } + [.key(.enter)])
    }

    @Test func aFastBurstThatIsNotAReceiptNumberIsLetThrough() {
        var detector = ScanDetector()
        let text = "dang ky khai sinh cho con"
        #expect(feed(text, every: 0.001, detector: &detector) == text.map { .key(.character($0)) } + [.key(.enter)])
    }

    @Test func heldKeysGoThroughWhenTheGapPasses() {
        var detector = ScanDetector()
        #expect(detector.feed(.key(.character("k")), at: 1).isEmpty)
        #expect(detector.deadline == 1 + ScanDetector.maxGap)
        #expect(detector.flushIfStale(at: 1.01).isEmpty)
        #expect(detector.flushIfStale(at: 1.1) == [.key(.character("k"))])
    }

    @Test func otherEventsKeepTheirOrder() {
        var detector = ScanDetector()
        _ = detector.feed(.key(.character("a")), at: 1)
        #expect(detector.feed(.click(x: 1, y: 2), at: 1.001) == [.key(.character("a")), .click(x: 1, y: 2)])
    }
}
