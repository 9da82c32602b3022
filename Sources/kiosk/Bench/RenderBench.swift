import Foundation
import KioskConfiguration
import KioskUI
import ProcedureCatalog

/// Time to render a frame and find what changed, while a search is typed, at the smallest and largest
/// comfortable sizes.
enum RenderBench {
    static let sizes = [Size(width: 80, height: 24), Size(width: 250, height: 80)]

    static func run(catalog: Catalog) -> [Size: Latencies] {
        let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: .defaults)
        var results: [Size: Latencies] = [:]
        for size in sizes {
            var state = app.initialState(language: .vi, size: size, now: Date())
            var previous = app.view(state).grid
            var latencies = Latencies()
            for query in BenchQueries.all.prefix(8) {
                for character in query {
                    _ = app.update(&state, .key(.character(character)))
                    latencies.time {
                        let grid = app.view(state).grid
                        _ = changedCells(previous, grid)
                        previous = grid
                    }
                }
                _ = app.update(&state, .key(.function(1)))
            }
            results[size] = latencies
        }
        return results
    }

    /// What the terminal layer compares before drawing.
    static func changedCells(_ old: Grid, _ new: Grid) -> Int {
        guard old.size == new.size else { return new.cells.count }
        var changed = 0
        for index in new.cells.indices where old.cells[index] != new.cells[index] { changed += 1 }
        return changed
    }
}
