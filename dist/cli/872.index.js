export const id = 872;
export const ids = [872];
export const modules = {

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(3880);

module.exports = MemoryStorage;


/***/ })

};
