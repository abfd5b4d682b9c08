// Signs the requests of a JSON file with the reference signer of the official Node SDK
// (@huaweicloud/huaweicloud-sdk-core, auth/AKSKSigner.js) and prints one result per request:
// the Authorization header and the exact body bytes it hashed (JSON.stringify of `data`).
'use strict';
const fs = require('fs');
const {AKSKSigner} = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = cases.map((c) => {
    const credential = {getAk: () => c.ak, getSk: () => c.sk};
    const request = {
        endpoint: c.endpoint,
        method: c.method,
        headers: Object.assign({}, c.headers),
        queryParams: c.query,
        data: c.data === null ? undefined : c.data,
    };
    const signed = AKSKSigner.sign(request, credential);
    return {
        authorization: signed.Authorization,
        body: request.data === undefined ? '' : JSON.stringify(request.data),
    };
});
process.stdout.write(JSON.stringify(out));
