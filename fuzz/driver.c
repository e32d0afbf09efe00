/* A stand-in for libFuzzer's main where clang's libFuzzer is missing: it
 * runs a target's LLVMFuzzerTestOneInput once on each file named (a
 * directory's files too), so any compiler with ASan and UBSan replays the
 * seeds and past findings through every target's invariants. No
 * mutation: make fuzz (libFuzzer) searches, make fuzz-replay checks. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* Runs the target on the file at path; 0, or 1 when it cannot be read. */
static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  unsigned char *data;
  long size;
  if (!f) return 1;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return 1;
  }
  /* one byte more, so that an empty file gets a pointer of its own */
  data = (unsigned char *)malloc((size_t)size + 1);
  if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    fclose(f);
    return 1;
  }
  fclose(f);
  LLVMFuzzerTestOneInput(data, (size_t)size);
  free(data);
  return 0;
}

/* Runs the target on path, or on each file in it when it is a directory;
 * adds the inputs run to *count; 0, or 1 when something cannot be read. */
static int run_path(const char *path, size_t *count) {
  struct stat st;
  DIR *dir;
  struct dirent *e;
  int failed = 0;
  if (stat(path, &st) != 0) return 1;
  if (!S_ISDIR(st.st_mode)) {
    if (run_file(path)) return 1;
    ++*count;
    return 0;
  }
  if (!(dir = opendir(path))) return 1;
  while ((e = readdir(dir)) != NULL) {
    size_t n = strlen(path) + strlen(e->d_name) + 2;
    char *child;
    if (e->d_name[0] == '.') continue;
    if (!(child = (char *)malloc(n))) {
      failed = 1;
      break;
    }
    snprintf(child, n, "%s/%s", path, e->d_name);
    if (stat(child, &st) == 0 && S_ISREG(st.st_mode)) failed |= run_path(child, count);
    free(child);
  }
  closedir(dir);
  return failed;
}

int main(int argc, char **argv) {
  size_t count = 0;
  int i, failed = 0;
  for (i = 1; i < argc; i++)
    if (run_path(argv[i], &count)) {
      fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[i]);
      failed = 1;
    }
  printf("%s: %zu inputs, invariants held\n", argv[0], count);
  return failed;
}
