// A minimal stand-in for the React DevTools global hook, installed before React loads (a classic
// script ahead of the module). React calls `onCommitFiberRoot` after every commit; we walk the
// committed tree and count, per component name, the function/class components that actually ran.
// How a fiber is known to have rendered (the rule React DevTools uses):
//   - same object as in the previous committed tree      → skipped, did not render;
//   - it is the alternate of a fiber of the previous tree → updated; rendered iff PerformedWork (flag 1);
//   - otherwise                                           → mounted in this commit.
(function () {
  const PERFORMED_WORK = 1;
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  let previous = new Set();
  const stats = { commits: 0, renders: {}, formOwner: null };
  function nameOf(fiber) {
    let type = fiber.type;
    if (!type) return null;
    if (type.displayName) return type.displayName;
    if (fiber.tag === 11 && type.render)
      return type.render.displayName || type.render.name || 'ForwardRef';
    if (fiber.tag === 14 && type.type) return type.type.displayName || type.type.name || 'Memo';
    return type.name || 'Anonymous';
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(internals) {
      const id = this.renderers.size + 1;
      this.renderers.set(id, internals);
      return id;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    onCommitFiberRoot(_id, root) {
      stats.commits++;
      const seen = new Set();
      const stack = [root.current];
      while (stack.length) {
        const fiber = stack.pop();
        seen.add(fiber);
        if (COMPONENT_TAGS.has(fiber.tag)) {
          let rendered;
          if (previous.has(fiber)) rendered = false;
          else if (fiber.alternate && previous.has(fiber.alternate))
            rendered = (fiber.flags & PERFORMED_WORK) !== 0;
          else rendered = true;
          if (rendered) {
            const name = nameOf(fiber);
            if (name) stats.renders[name] = (stats.renders[name] || 0) + 1;
          }
        }
        // The component that renders the <form> element (for libraries whose names are minified).
        if (fiber.tag === 5 && fiber.type === 'form' && !stats.formOwner) {
          let up = fiber.return;
          while (up && !COMPONENT_TAGS.has(up.tag)) up = up.return;
          if (up) stats.formOwner = nameOf(up);
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      previous = seen;
    },
  };
  window.__renderStats = {
    read: () => ({
      commits: stats.commits,
      renders: { ...stats.renders },
      formOwner: stats.formOwner,
    }),
    reset() {
      stats.commits = 0;
      stats.renders = {};
    },
  };
})();
