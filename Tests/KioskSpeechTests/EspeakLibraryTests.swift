import Foundation
import Testing
@testable import KioskVoice

/// libespeak-ng is opened when speech is first used, not linked: a program that never speaks does not carry it,
/// and a machine without it is told which package gives it.
@Suite struct EspeakLibraryTests {
    @Test func theLibraryOpensWithEveryFunctionTheKioskCalls() throws {
        if case .failure(let failure) = EspeakLibrary.open() { Issue.record("\(failure)") }
    }

    @Test func anAbsentLibraryIsSaidWithItsDebianPackage() {
        guard case .failure(let failure) = EspeakLibrary.open("libespeak-ng-absent.so.9") else {
            Issue.record("an absent library opened")
            return
        }
        #expect(failure.description.contains("libespeak-ng1"))
    }
}
