// Streams compressed on a second thread before libharu saves. libharu deflates every stream on
// one thread when it saves, and writes each embedded font's subset then too. Here a page's
// contents are compressed while the next page is drawn, and once every page is drawn (so every
// glyph used is known) each font's subset is written and compressed while the structure tree is
// built; libharu then writes them as they are. Internal to pdf/.
#pragma once

#include <hpdf.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace quire::pdf {

class BackgroundDeflater {
 public:
  BackgroundDeflater();
  ~BackgroundDeflater();
  BackgroundDeflater(const BackgroundDeflater&) = delete;
  BackgroundDeflater& operator=(const BackgroundDeflater&) = delete;

  // Takes a copy of the finished page's contents to compress. A page left with a text object or a
  // graphics state open is left to libharu, which closes them in the contents as it saves.
  void add_page_contents(HPDF_Page page);
  // Gives the embedded TrueType font its descriptor now, as libharu would when saving, and has its
  // subset written and compressed. Call once no more text will be shown. A font libharu would
  // describe otherwise (a UTF-8 face, one already described) is left to libharu.
  void add_font_program(HPDF_Font font);
  // Compresses what the second thread has not reached, waits for it, and puts each stream's
  // compressed bytes in place, marked /FlateDecode. Call once, after the last addition, before
  // saving.
  void finish();

 private:
  struct Job {
    HPDF_Dict stream;                  // the stream object that gets the compressed bytes
    std::function<std::string()> raw;  // its uncompressed bytes, made on the second thread
    HPDF_FontDef font = nullptr;       // for a font program: its definition
    std::string compressed;
  };
  void add(Job job);
  void work();
  Job* claim();
  static void run(Job& job);
  static void install(Job& job);

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> jobs_;  // a deque: adding never moves a job another thread is working on
  std::size_t next_ = 0;  // the first job nobody has claimed
  bool closing_ = false;
  std::thread worker_;
};

}  // namespace quire::pdf
