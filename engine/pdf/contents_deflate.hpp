// Page contents compressed on a second thread while later pages are drawn. libharu deflates every
// stream on one thread when it saves, and the pages' contents are most of what it deflates; a page
// is finished once drawn, so its contents can be compressed while the next is drawn. Internal to
// pdf/.
#pragma once

#include <hpdf.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace quire::pdf {

class ContentsDeflater {
 public:
  ContentsDeflater();
  ~ContentsDeflater();
  ContentsDeflater(const ContentsDeflater&) = delete;
  ContentsDeflater& operator=(const ContentsDeflater&) = delete;

  // Takes a copy of the finished page's contents to compress. A page left with a text object or a
  // graphics state open is left to libharu, which closes them in the contents as it saves.
  void add(HPDF_Page page);
  // Compresses what the second thread has not reached, waits for it, and puts each page's
  // compressed contents in place of its own, marked /FlateDecode, so that libharu writes them as
  // they are. Call once, after the last page, before saving.
  void finish();

 private:
  struct Job {
    HPDF_Dict contents;
    std::string raw;
    std::string compressed;
  };
  void work();
  Job* claim();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> jobs_;  // a deque: adding never moves a job another thread is compressing
  std::size_t next_ = 0;  // the first job nobody has claimed
  bool closing_ = false;
  std::thread worker_;
};

}  // namespace quire::pdf
