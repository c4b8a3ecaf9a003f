// The page's Python, off the main thread: a dedicated same-origin module worker started by
// python.js. It boots the runtime (python-boot.js) and answers {id, name, request} messages with
// main.call(name, request): {id, answer} or {id, error}. Once Python is up it posts
// {type: "ready", origin, steps, resources} (its clock's origin, start-up steps and downloads,
// for the bench), or {type: "failed", message}.
import { boot, resources } from "./python-boot.js";

const booted = boot();
booted.then(
  ({ steps }) => self.postMessage({
    type: "ready", origin: performance.timeOrigin, steps, resources: resources(),
  }),
  (error) => self.postMessage({ type: "failed", message: String(error && error.message) }),
);

self.addEventListener("message", async ({ data }) => {
  const { id, name, request } = data;
  try {
    const { main } = await booted;
    self.postMessage({ id, answer: main.call(name, request) });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message) });
  }
});
