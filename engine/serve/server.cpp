// The HTTP side of the preview: routes, the loopback address, stopping on a signal.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "serve/folder.hpp"
#include "serve/pages.hpp"
#include "serve/serve.hpp"

namespace quire::serve {

namespace {

// Loopback only: the preview shows unpublished drafts and is not meant to be reached from elsewhere.
constexpr const char* kHost = "127.0.0.1";

// Every answer goes out uncompressed: chromium asks for brotli, which Debian's cpp-httplib 0.11
// writes at its slowest quality (0.9 s for Western Bay's 125 kB page, bench/README.md), and on
// the loopback compression saves nothing. The library compresses a body given whole (set_content)
// whenever the request accepts it, with no switch; a body of known length given by a content
// provider it writes as provided.
void send(httplib::Response& res, const Answer& answer) {
  res.status = answer.status;
  if (answer.body.empty()) {  // nothing to compress, and a provider needs a length above 0
    res.set_content("", answer.content_type.c_str());
    return;
  }
  auto body = std::make_shared<const std::string>(answer.body);
  res.set_content_provider(body->size(), answer.content_type,
                           [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

// Every page is made from files that change under it, and loads nothing from anywhere else.
httplib::Headers page_headers() {
  return {{"Cache-Control", "no-store"},
          {"X-Content-Type-Options", "nosniff"},
          {"Content-Security-Policy",
           "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
           "frame-ancestors 'none'"}};
}

// A page reached under another host name could be a DNS-rebinding attack from a web page: answer
// only requests addressed to the loopback host.
bool addressed_to_us(const httplib::Request& req, int port) {
  const std::string host = req.get_header_value("Host");
  const std::string p = ":" + std::to_string(port);
  return host == std::string(kHost) + p || host == "localhost" + p || host == kHost || host == "localhost";
}

void routes(httplib::Server& server, const Site& site, std::mutex& rendering) {
  // The pipeline renders one report at a time: a preview has one reader, and the machine few cores.
  auto guarded = [&rendering](auto make) {
    return [&rendering, make](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> lock(rendering);
      try {
        send(res, make(req));
      } catch (const std::exception& e) {
        send(res, Answer{500, "text/plain; charset=utf-8", std::string("quire: internal error: ") + e.what() + "\n"});
      }
    };
  };
  auto lang = [](const httplib::Request& req) { return language_of(req.get_param_value("lang")); };
  server.Get("/", guarded([&site, lang](const httplib::Request& req) { return index_page(site, lang(req)); }));
  server.Get(R"(/report/([^/]*))", guarded([&site, lang](const httplib::Request& req) {
               return preview_page(site, req.matches[1], lang(req));
             }));
  server.Get(R"(/files/([^/]*)/report\.(pdf|md))", guarded([&site, lang](const httplib::Request& req) {
               return report_file(site, req.matches[1], lang(req), req.matches[2]);
             }));
  // Not under the render lock: a page waiting for the next save must not hold up the renders.
  server.Get("/version", [&site](const httplib::Request& req, httplib::Response& res) {
    send(res, version(site, req.get_param_value("inspection"), req.get_param_value("since")));
  });
}

// Waits for SIGINT or SIGTERM (blocked in every thread) and stops the server.
class SignalStop {
 public:
  explicit SignalStop(httplib::Server& server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);  // before any thread starts, so all inherit it
    waiter_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      server.stop();
    });
  }
  ~SignalStop() {
    pthread_kill(waiter_.native_handle(), SIGTERM);  // wakes the waiter if no signal came
    waiter_.join();
    pthread_sigmask(SIG_UNBLOCK, &signals_, nullptr);
  }
  SignalStop(const SignalStop&) = delete;
  SignalStop& operator=(const SignalStop&) = delete;

 private:
  sigset_t signals_;
  std::thread waiter_;
};

}  // namespace

bool run(const Settings& settings, std::ostream& announce, std::string& error) {
  std::error_code ec;
  Site site{std::filesystem::canonical(settings.folder, ec), settings.options};
  if (ec || !std::filesystem::is_directory(site.folder)) {
    error = "cannot serve '" + settings.folder.string() + "': not a folder";
    return false;
  }
  httplib::Server server;
  std::mutex rendering;
  int port = settings.port;
  server.set_default_headers(page_headers());
  // The page goes out in two writes (head, then body): with Nagle's algorithm the body's last
  // part can wait for the peer's delayed acknowledgement of the head.
  server.set_tcp_nodelay(true);
  server.set_pre_routing_handler([&port](const httplib::Request& req, httplib::Response& res) {
    if (addressed_to_us(req, port)) return httplib::Server::HandlerResponse::Unhandled;
    send(res, Answer{421, "text/plain; charset=utf-8", "this preview answers only at its loopback address\n"});
    return httplib::Server::HandlerResponse::Handled;
  });
  routes(server, site, rendering);

  SignalStop stop_on_signal(server);
  if (port == 0) port = server.bind_to_any_port(kHost);
  else if (!server.bind_to_port(kHost, port)) port = -1;
  if (port <= 0) {
    error = "cannot listen on " + std::string(kHost) + ":" + std::to_string(settings.port) + " (in use?)";
    return false;
  }
  announce << "quire: previewing " << site.folder.string() << " at http://" << kHost << ":" << port
           << "/ (Ctrl-C stops)" << std::endl;
  server.listen_after_bind();
  return true;
}

}  // namespace quire::serve
