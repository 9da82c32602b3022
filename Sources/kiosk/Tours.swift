import ArgumentParser
import CaseTracking
import DemoTours
import Foundation
import KioskConfiguration
import KioskUI
import ProcedureCatalog

/// The catalog's tours and the demo cases they refer to.
struct Tours {
    var all: [Tour]
    var cases: [String: (receipt: String, last4: String)]

    /// Loads and checks the tours; a problem stops the command with every problem listed.
    static func load(catalog: Catalog, folder: String, config: KioskConfig) throws -> Tours {
        let calendar = WorkingCalendar(holidays: config.holidays)
        let demoFile = "\(folder)/\(DemoCases.fileName)"
        let demo = FileManager.default.fileExists(atPath: demoFile)
            ? ((try? DemoCases.load(file: demoFile, today: LocalDay(Date(), in: .current), calendar: calendar)) ?? [])
            : []
        do {
            let tours = try TourLoader.load(catalogFolder: folder,
                                            procedureCodes: Set(catalog.procedures.map(\.code.description)),
                                            caseKeys: Set(demo.map(\.key)))
            return Tours(all: tours, cases: caseMap(demo))
        } catch {
            for problem in error.problems { Output.error(problem.description) }
            throw ExitCode(1)
        }
    }

    static func caseMap(_ cases: [(key: String, case: IncomingCase)]) -> [String: (receipt: String, last4: String)] {
        var map: [String: (receipt: String, last4: String)] = [:]
        for (key, incoming) in cases {
            map[key] = (incoming.record.receipt.description, incoming.owner.idLast4)
        }
        return map
    }
}
