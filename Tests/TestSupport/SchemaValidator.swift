import Foundation

/// Validates JSON files against the shipped JSON Schemas with Python's `jsonschema` (a well-kept
/// validator; `.ci/run` installs it in a venv and points `GAZETTE_PYTHON` at it).
public enum SchemaValidator {
    /// The Python interpreter to use: `GAZETTE_PYTHON`, else `python3`.
    public static var python: String { ProcessInfo.processInfo.environment["GAZETTE_PYTHON"] ?? "/usr/bin/env" }

    private static var pythonArguments: [String] {
        ProcessInfo.processInfo.environment["GAZETTE_PYTHON"] == nil ? ["python3"] : []
    }

    /// True when the interpreter can import `jsonschema`, for `.enabled(if:)`.
    public static let isAvailable: Bool = {
        let result = try? CommandRunner.run(URL(fileURLWithPath: python), pythonArguments + ["-c", "import jsonschema"])
        return result?.status == 0
    }()

    /// Validates each file against `Archive/schema/<schema>`; returns one message per invalid file.
    public static func errors(schema: String, files: [URL]) throws -> [String] {
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/validate-json")
        let schemaPath = Fixtures.packageRoot.appendingPathComponent("Archive/schema/\(schema)").path
        let result = try CommandRunner.run(
            URL(fileURLWithPath: python), pythonArguments + [script.path, schemaPath] + files.map(\.path))
        if result.status == 0 { return [] }
        let lines = result.out.split(separator: "\n").map(String.init) + result.err.split(separator: "\n").map(String.init)
        return lines.isEmpty ? ["validator exited \(result.status)"] : lines
    }
}
