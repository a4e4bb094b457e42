#include "dl_table.h"

#include <dlfcn.h>
#include <string.h>

#include "util.h"

static void bind_table(struct kh_dl_table *t)
{
	void *handle = NULL;
	size_t i;

	for (i = 0; t->files[i] && !handle; i++)
		handle = dlopen(t->files[i],
				(t->lazy ? RTLD_LAZY : RTLD_NOW) | RTLD_LOCAL);
	if (!handle) {
		kh_errf(t->error, sizeof(t->error), "cannot load %s (%s): %s", t->what,
			t->install_hint, dlerror());
		return;
	}
	for (i = 0; i < t->nsyms; i++) {
		void *sym = dlsym(handle, t->syms[i].name);

		if (!sym) {
			kh_errf(t->error, sizeof(t->error), "%s has no %s%s", t->what,
				t->syms[i].name, t->too_old_hint);
			dlclose(handle);
			return;
		}
		/* object to function pointer, into the table's field */
		memcpy((char *)t->table + t->syms[i].at, &sym, sizeof(sym));
	}
	t->loaded = 1;
}

void *kh_dl_load(struct kh_dl_table *t, char *err, size_t errlen)
{
	int loaded;

	pthread_mutex_lock(&t->lock);
	if (!t->tried)
		bind_table(t);
	t->tried = 1;
	loaded = t->loaded;
	pthread_mutex_unlock(&t->lock);
	if (loaded)
		return t->table;
	kh_errf(err, errlen, "%s", t->error);
	return NULL;
}
