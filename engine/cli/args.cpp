#include "cli/args.hpp"

namespace quire::cli {

namespace {

bool known_command(const std::string& c) { return c == "render" || c == "validate" || c == "score" || c == "serve" || c == "new" || c == "schema"; }

// Options each command accepts (besides --help and --root).
bool accepts(const std::string& command, const std::string& option) {
  if (option == "--lang") return command == "render" || command == "validate" || command == "new";
  if (option == "--rules") return command == "new" || command == "schema";
  if (option == "--area") return command == "new";
  if (option == "-o" || option == "--output" || option == "--draft" || option == "--to") return command == "render";
  if (option == "--json") return command == "score";
  if (option == "--port") return command == "serve";
  return option == "--root" || option == "--help" || option == "-h";
}

// --port N: a whole number 0-65535.
template <typename Value>
bool port_value(Value& value, int& port, std::string& error) {
  std::string text;
  if (!value(text)) return false;
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos ||
      std::stol(text) > 65535) {
    error = "--port must be a port number (0-65535; 0 for any free port), found '" + text + "'";
    return false;
  }
  port = static_cast<int>(std::stol(text));
  return true;
}

}  // namespace

std::optional<Arguments> parse_arguments(const std::vector<std::string>& argv, std::string& error) {
  Arguments args;
  if (argv.empty()) {
    error = "no command given";
    return std::nullopt;
  }
  std::size_t i = 0;
  if (argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
    args.help = true;
    if (argv.size() > 1) args.command = argv[1];
    return args;
  }
  args.command = argv[i++];
  if (args.command == "translations") return parse_translations({argv.begin() + 1, argv.end()}, error);
  if (!known_command(args.command)) {
    error = "unknown command '" + args.command + "'; expected render, validate, score, serve, new or schema";
    return std::nullopt;
  }
  for (; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argv.size()) {
        error = "option " + a + " needs a value";
        return false;
      }
      out = argv[++i];
      return true;
    };
    if (!a.empty() && a[0] == '-' && a != "-") {
      if (!accepts(args.command, a)) {
        error = "option " + a + " is not an option of '" + args.command + "'";
        return std::nullopt;
      }
      if (a == "--help" || a == "-h") args.help = true;
      else if (a == "--draft") args.draft = true;
      else if (a == "--json") args.json = true;
      else if (a == "-o" || a == "--output") { if (!value(args.output)) return std::nullopt; }
      else if (a == "--rules") { if (!value(args.rules)) return std::nullopt; }
      else if (a == "--area") { if (!value(args.area)) return std::nullopt; }
      else if (a == "--to") { if (!value(args.formats)) return std::nullopt; }
      else if (a == "--lang") {
        if (!value(args.language)) return std::nullopt;
        args.languages.push_back(args.language);
      }
      else if (a == "--root") { if (!value(args.root)) return std::nullopt; }
      else if (a == "--port") { if (!port_value(value, args.port, error)) return std::nullopt; }
    } else if (args.inputs.empty() || args.command == "render" || (args.command == "new" && args.inputs.size() < 2)) {
      args.inputs.push_back(a);
    } else {
      error = "unexpected argument '" + a + "'";
      return std::nullopt;
    }
  }
  if (args.help) return args;
  if (!args.inputs.empty()) args.input = args.inputs.front();
  if (args.command == "new" && args.inputs.size() != 2) {
    error = "'new' needs a FAMILY and a folder (e.g. quire new domain-rated inspections/testshire-2025)";
    return std::nullopt;
  }
  if (args.input.empty()) {
    error = "'" + args.command + "' needs " +
            (args.command == "serve" ? "a folder" : args.command == "schema" ? "a FAMILY" : "an INPUT file");
    return std::nullopt;
  }
  if (args.command == "render" && args.output.empty()) {
    error = "'render' needs -o OUTPUT (e.g. -o out/report.md)";
    return std::nullopt;
  }
  for (const auto& l : args.languages)
    if (l != "en" && l != "cy" && l != "cy,en" && l != "en,cy") {
      error = "--lang must be en, cy, or for a bilingual edition cy,en or en,cy; found '" + l + "'";
      return std::nullopt;
    }
  if (args.languages.empty()) args.languages.push_back(args.language);
  return args;
}

std::string usage(const std::string& command) {
  if (command == "render")
    return "usage: quire render INPUT -o OUTPUT [--lang en|cy|cy,en|en,cy] [--draft] [--root DIR]\n"
           "       quire render DIR... -o OUTDIR [--to pdf,md,html] [--lang L]... [--draft] [--root DIR]\n\n"
           "Renders an inspection's report. The format follows OUTPUT's extension: .md for\n"
           "Markdown, .pdf for a print-ready A4 PDF (fonts embedded, bookmarks, links), .html\n"
           "for one self-contained accessible web page.\n"
           "OUTPUT is written atomically: on any error nothing is written and an existing\n"
           "OUTPUT is left untouched.\n\n"
           "  -o, --output OUTPUT  the file to write\n"
           "  --lang en|cy         the report's language (default en)\n"
           "  --lang cy,en|en,cy   a bilingual edition: one PDF or HTML page holding both language\n"
           "                       versions in that order, each with its own cover and contents\n"
           "                       (Markdown is written one language a file)\n"
           "  --draft              mark the report as a draft (in a PDF: a diagonal watermark\n"
           "                       on every page and a notice in every footer)\n"
           "  --root DIR           folder holding data/, templates/ and fonts/ (default: $QUIRE_ROOT or the\n"
           "                       source tree)\n\n"
           "Given folders, renders every inspection under them (each FOLDER/.../NAME/inspection.yaml)\n"
           "into OUTDIR as NAME.pdf (and NAME.md, NAME.html with --to), several at once, and prints\n"
           "every problem at the end. --lang may be given more than once (e.g. --lang en --lang cy);\n"
           "with more than one, each file is named NAME.LANG.EXT (NAME.cy.pdf, NAME.cy-en.pdf).\n"
           "Exit 2 if any inspection failed; the others are still written.\n\n"
           "  --to FORMATS         the formats to write, from pdf, md and html (default pdf)\n";
  if (command == "new")
    return "usage: quire new FAMILY DIR [--rules NAME] [--area NAME] [--lang en|cy,en] [--root DIR]\n\n"
           "Starts a new inspection: writes DIR/inspection.yaml with every key, domain, standard, key\n"
           "question, theme or section the family's rules file lists, a comment on each key, and a\n"
           "!todo placeholder wherever an inspector writes; DIR/cases.csv with the case file's header;\n"
           "and DIR/inspection.schema.json, which the file's first line names for an editor's help.\n"
           "'quire validate' lists the placeholders not yet written. Overwrites nothing.\n\n"
           "  FAMILY         domain-rated, fji, sqs or cci\n"
           "  --rules NAME   the rules file (data/rules/NAME.yaml); needed when the family has several\n"
           "  --area NAME    the area's name, written in\n"
           "  --lang cy,en   a bilingual report: narrative has an English and a Welsh placeholder\n";
  if (command == "schema")
    return "usage: quire schema FAMILY [--rules NAME]\n\n"
           "Prints a JSON Schema (2020-12) of the family's inspection file, made from the loader's own\n"
           "key tables with each key's description: for an editor's completion and checks while\n"
           "typing (quire new writes it beside the inspection and names it on the file's first line).\n\n"
           "  FAMILY         domain-rated, fji, sqs or cci\n"
           "  --rules NAME   accept only this rules name\n";
  if (command == "serve")
    return "usage: quire serve DIR [--port N] [--root DIR]\n\n"
           "Previews every inspection in DIR (each DIR/NAME/inspection.yaml) in a web browser, at\n"
           "http://127.0.0.1:N/ (this machine only). The first page lists the inspections with\n"
           "their problems; each opens as its HTML report, as a draft, under its problems\n"
           "(FILE:LINE:COL), with links to its PDF and Markdown and a switch between English and\n"
           "Welsh. An open page updates itself when a data or template file changes. Ctrl-C stops.\n\n"
           "  --port N    the port to listen on (default 8080; 0 picks a free one)\n"
           "  --root DIR  folder holding data/, templates/ and fonts/\n";
  if (command == "validate")
    return "usage: quire validate INPUT [--lang en|cy|cy,en|en,cy] [--root DIR]\n\n"
           "Runs every check on an inspection's data (schema, figures, rules, footnotes, glossary,\n"
           "translations) and renders nothing; with two languages, checks each edition.\n"
           "Exit 0 when there is no error (warnings allowed), 2 otherwise.\n";
  if (command == "translations")
    return "usage: quire translations export INPUT --to cy -o FILE.xlf\n"
           "       quire translations import FILE.xlf INPUT\n"
           "       quire translations export --labels cy -o FILE.xlf [--root DIR]\n"
           "       quire translations import FILE.xlf --labels cy [--root DIR]\n\n"
           "export writes every text of INPUT that has no Welsh yet, or whose Welsh was made from\n"
           "an earlier English, as XLIFF 1.2 (read by OmegaT, Trados, memoQ, Phrase, Virtaal...).\n"
           "Each unit's id is the field's path (recommendations[2].owner); emphasis, links and\n"
           "footnote references are protected tags. import puts each translated unit's Welsh into\n"
           "INPUT beside its English, with the fingerprint of that English (cy_of) and, for a unit\n"
           "marked final or signed off, cy_reviewed: true, changing nothing else in the file. Any\n"
           "problem (a tag lost, an unknown unit, English edited since the export) is reported\n"
           "and INPUT is left untouched (exit 2). With --labels, the same for the label catalogue\n"
           "data/i18n/cy.yaml: its 'proposed' labels go out with their Welsh to confirm, and each\n"
           "one the translator marks final comes back 'reviewed'. See docs/translation.md.\n";
  if (command == "score")
    return "usage: quire score INPUT [--json] [--root DIR]\n\n"
           "Prints every computed figure and rating with how it was derived: the fractions, the\n"
           "key question that decided, the thresholds and the rules file, professional discretion\n"
           "and its reason.\n\n"
           "  --json  machine-readable output\n";
  return "usage: quire COMMAND [OPTIONS]\n\n"
         "quire publishes youth-offending inspection reports from an inspection's data.\n\n"
         "commands:\n"
         "  render INPUT -o OUTPUT   render the report (Markdown: .md, PDF: .pdf, HTML: .html)\n"
         "  render DIR... -o OUTDIR  render every inspection under the folders\n"
         "  validate INPUT           check the data, render nothing\n"
         "  score INPUT [--json]     show every score and rating with its derivation\n"
         "  serve DIR [--port N]     preview the inspections in DIR in a web browser\n"
         "  translations export INPUT --to cy -o FILE.xlf   texts needing Welsh, for a translation tool\n"
         "  translations import FILE.xlf INPUT              put the tool's Welsh into the inspection\n"
         "  new FAMILY DIR           start a new inspection in DIR, ready to fill in\n"
         "  schema FAMILY            print the JSON Schema of a family's inspection file\n\n"
         "Problems are printed as FILE:LINE:COL: error: message.\n"
         "Exit codes: 0 success, 2 bad input or usage, 1 internal failure.\n"
         "Run 'quire COMMAND --help' for a command's options.\n";
}

}  // namespace quire::cli
