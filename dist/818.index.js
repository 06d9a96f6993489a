export const id = 818;
export const ids = [818];
export const modules = {

/***/ 818:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(4478);

module.exports = MemoryStorage;


/***/ })

};
