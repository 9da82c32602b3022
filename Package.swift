// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CitizenKiosk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kiosk", targets: ["kiosk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The only C library the kiosk touches directly; the shim makes the wide API and macros importable.
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libxcrypt (as /etc/shadow uses it) for the staff PIN's salted hash.
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        // Models, Vietnamese folding, the search index, loading and validating Catalog/ (YAML through Yams), the
        // catalog's version (SHA-256 of its files through swift-crypto).
        .target(
            name: "ProcedureCatalog",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // kiosk.conf: reading, type-checking and defaults (TOML through TOMLKit).
        .target(
            name: "KioskConfiguration",
            dependencies: ["ProcedureCatalog", "CCrypt", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Receipt numbers, case records and statuses, the case store (SQLite through GRDB), the guess limit,
        // masking, the second factor's keyed hash (HMAC-SHA256 through swift-crypto).
        .target(
            name: "CaseTracking",
            dependencies: [
                "ProcedureCatalog",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Queue tickets: numbers per queue and day, calls at the counters, the display board's state, wait
        // estimates from the day's measured service times; kept in SQLite (GRDB) for a kiosk alone.
        .target(
            name: "QueueTickets",
            dependencies: ["ProcedureCatalog", "KioskConfiguration", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "CSV", package: "CSV.swift")]
        ),
        // The national data into the catalog: the portal's published list and the national procedure records,
        // merged with what operators wrote by hand (YAML through Yams).
        .target(
            name: "NationalImport",
            dependencies: ["ProcedureCatalog", .product(name: "Yams", package: "Yams")]
        ),
        // A hall of kiosks on one PostgreSQL server (postgres-nio): the schema and its migrations, the calls with
        // their deadlines, the kiosk's local copy and outbox that keep it serving while the server is away.
        .target(
            name: "HallDatabase",
            dependencies: [
                "CaseTracking", "KioskConfiguration", "QueueTickets",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // What the kiosk says aloud, as words: numbers, amounts, codes, dates and abbreviations a listener
        // understands (pure; the synthesizer gets no digit).
        .target(name: "KioskSpeech", dependencies: ["ProcedureCatalog"]),
        // libespeak-ng's header (Debian's libespeak-ng-dev): the synthesizer's types; KioskVoice opens the library when
        // speech is first used.
        .systemLibrary(name: "CESpeakNG", providers: [.apt(["libespeak-ng-dev"])]),
        // libasound (Debian's libasound2-dev): the sound card, written to as the words are made, cut at once.
        .systemLibrary(name: "CALSA", providers: [.apt(["libasound2-dev"])]),
        // Speech made audible: the synthesizer (one for the process), voices, the sound card, WAV files.
        .target(name: "KioskVoice", dependencies: ["CESpeakNG", "CALSA", "KioskSpeech", "ProcedureCatalog"]),
        // Guided tours for staff demonstrations and the attract loop: the tour files and their checks.
        .target(
            name: "DemoTours",
            dependencies: ["ProcedureCatalog", .product(name: "Yams", package: "Yams")]
        ),
        // What a screen is made of and what a terminal reports: cells, the grid and its diff, keys, touches.
        .target(name: "KioskGrid"),
        // Paying a fee by bank transfer: the VietQR payment code (EMVCo TLV, CRC-16), written from the spec.
        .target(name: "FeePayment", dependencies: ["CaseTracking", "ProcedureCatalog", "KioskConfiguration", .product(name: "CSV", package: "CSV.swift")]),
        // libqrencode (Debian's libqrencode-dev) for the QR codes a citizen takes to a phone.
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // A QR code's modules from a text, one encoding at a time (libqrencode is not thread-safe).
        .target(name: "KioskQR", dependencies: ["CQRencode"]),
        // The receipt printer: printouts as ESC/POS bytes in the printer's code page, sent to a USB device, a
        // network printer or a file without ever blocking past a deadline.
        .target(name: "KioskPrinting", dependencies: ["KioskConfiguration", .product(name: "Logging", package: "swift-log")]),
        // Pure and testable: the screens, the state machine (update/view), the vi/en strings.
        .target(name: "KioskUI", dependencies: ["KioskGrid", "ProcedureCatalog", "KioskConfiguration", "CaseTracking", "FeePayment",
                                                "DemoTours", "KioskQR", "KioskPrinting", "QueueTickets", "KioskSpeech"]),
        // The only code that calls ncurses: set-up, input decoding, writing grid diffs, restoring the terminal.
        // It knows the grid and the terminal's events, nothing of the kiosk's screens or data.
        .target(name: "KioskTerminal", dependencies: ["KioskGrid", "CNCursesW"]),
        // Running a kiosk for months: the size-capped log (swift-log), anonymous usage counts, catalog reloads,
        // the staff exit's record of wrong PINs.
        .target(
            name: "KioskOperations",
            dependencies: ["ProcedureCatalog", "CaseTracking", "KioskConfiguration",
                           .product(name: "Logging", package: "swift-log")]
        ),
        // The run loop as a library: input → update → effects → view → draw, with the display, the clock, the
        // reload requests and the effect runner (look-ups off the input loop) given, so tests drive it.
        .target(
            name: "KioskRuntime",
            dependencies: ["KioskUI", "KioskTerminal", "KioskOperations", "KioskConfiguration", "CaseTracking",
                           "QueueTickets", "KioskPrinting", "KioskSpeech",
                           "DemoTours", "ProcedureCatalog", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "kiosk",
            dependencies: [
                "FeePayment",
                "ProcedureCatalog",
                "KioskConfiguration",
                "KioskGrid",
                "KioskUI",
                "KioskTerminal",
                "CaseTracking",
                "KioskOperations",
                "KioskRuntime",
                "DemoTours",
                "NationalImport",
                "HallDatabase",
                "QueueTickets",
                "KioskPrinting",
                "KioskVoice",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer); built normally, a corpus replayer.
        .executableTarget(
            name: "KioskFuzz",
            dependencies: ["CaseTracking", "KioskConfiguration", "ProcedureCatalog"]
        ),
        // The temporary folder every test target writes under, removed when the test process ends.
        .target(name: "TestSupport", dependencies: ["KioskGrid", .product(name: "Logging", package: "swift-log")],
                path: "Tests/TestSupport"),
        .testTarget(name: "ProcedureCatalogTests", dependencies: ["ProcedureCatalog", "TestSupport"],
                    exclude: ["Resources"]),
        .testTarget(name: "NationalImportTests",
                    dependencies: ["NationalImport", "ProcedureCatalog", "TestSupport",
                                   .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "KioskConfigurationTests", dependencies: ["KioskConfiguration", "ProcedureCatalog"]),
        .testTarget(name: "KioskOperationsTests",
                    dependencies: ["KioskOperations", "CaseTracking", "KioskConfiguration", "TestSupport"]),
        .testTarget(name: "CaseTrackingTests", dependencies: ["CaseTracking", "ProcedureCatalog", "TestSupport"]),
        .testTarget(
            name: "KioskUITests",
            dependencies: ["KioskUI", "ProcedureCatalog", "KioskConfiguration", "CaseTracking", "DemoTours",
                           "KioskOperations", "KioskRuntime", "TestSupport", "QueueTickets", "KioskPrinting",
                           .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "KioskRuntimeTests",
            dependencies: ["KioskRuntime", "KioskUI", "KioskOperations", "KioskConfiguration", "CaseTracking",
                           "ProcedureCatalog", "DemoTours", "KioskGrid", "TestSupport",
                           .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "HallDatabaseTests",
            dependencies: ["HallDatabase", "CaseTracking", "KioskConfiguration", "TestSupport", "QueueTickets",
                           "ProcedureCatalog", "FeePayment",
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(name: "KioskGridTests", dependencies: ["KioskGrid"]),
        .testTarget(name: "KioskSpeechTests", dependencies: ["KioskSpeech", "KioskVoice", "ProcedureCatalog", "TestSupport"]),
        .testTarget(name: "KioskTerminalTests", dependencies: ["KioskTerminal", "KioskGrid", "CNCursesW"]),
        .testTarget(name: "KioskQRTests", dependencies: ["KioskQR", "TestSupport"]),
        .testTarget(name: "FeePaymentTests", dependencies: ["FeePayment", "CaseTracking", "ProcedureCatalog", "TestSupport"]),
        .testTarget(name: "QueueTicketsTests", dependencies: ["QueueTickets", "KioskConfiguration", "ProcedureCatalog", "TestSupport"]),
        .testTarget(name: "KioskPrintingTests",
                    dependencies: ["KioskPrinting", "KioskConfiguration", "TestSupport"]),
        .testTarget(
            name: "KioskCommandTests",
            dependencies: ["kiosk", "CaseTracking", "TestSupport", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
