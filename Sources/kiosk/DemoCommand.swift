import ArgumentParser
import DemoTours
import Foundation

/// `kiosk demo [TOUR]`: the kiosk with a guided tour playing on its real screens, for staff to show.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Play a guided tour on the real screens (Space/→ next, ← back, P play/pause, Esc leave).",
        discussion: "The demo cases are seeded afresh first, so that the tour's cases are dated from today."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: "The tour (a file in Catalog/tours without .yaml); default: full.")
    var tour: String = "full"

    @Flag(name: .long, help: "List the tours and exit.")
    var list = false

    @Flag(name: .long, help: "Draw without colours.")
    var monochrome = false

    @Flag(name: .long, help: "For development: Ctrl-C ends the program and the exit chord needs no PIN.")
    var noLockdown = false

    func run() throws {
        if list {
            let config = try options.loadConfig()
            let catalog = try options.loadCatalog(config)
            let tours = try Tours.load(catalog: catalog, folder: options.catalog ?? config.catalogPath, config: config)
            let language = options.language(config)
            for tour in tours.all {
                let steps = tour.steps.count
                let minutes = Double(steps * config.demoPaceSeconds) / 60
                Output.line("\(tour.id)  \(tour.title[language])  "
                            + (language == .vi ? "\(steps) bước, khoảng \(String(format: "%.1f", minutes)) phút"
                                : "\(steps) steps, about \(String(format: "%.1f", minutes)) min"))
            }
            return
        }
        try KioskSession(options: options, monochrome: monochrome, lockdown: !noLockdown).run(tour: tour)
            .endProcessIfSignalled()
    }
}
