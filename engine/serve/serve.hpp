// serve/: the live preview for inspectors (`quire serve DIR`). A small HTTP server on the
// loopback address only, answering from the pipeline in-process; the only folder that includes
// httplib.h.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "pipeline/pipeline.hpp"

namespace quire::serve {

struct Settings {
  std::filesystem::path folder;  // holds one subfolder per inspection, each with its inspection.yaml
  int port = 8080;               // 0: any free port (the one chosen is announced)
  Options options;               // the root holding data/ and templates/
};

// Serves `settings.folder` on 127.0.0.1 until SIGINT or SIGTERM. Announces the address on
// `announce` once listening ("quire: previewing DIR at http://127.0.0.1:PORT/"). Returns false,
// with `error` set, when the folder cannot be served or the port cannot be had.
bool run(const Settings& settings, std::ostream& announce, std::string& error);

}  // namespace quire::serve
